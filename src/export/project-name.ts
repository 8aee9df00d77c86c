/** The folder the Python project's zip unpacks to, and the zip's own name (without `.zip`). */
export const PYTHON_PROJECT_NAME = 'traintab-python';
