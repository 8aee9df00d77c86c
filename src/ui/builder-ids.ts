/** The DOM id of a layer card's drag handle, to give it focus after a move. */
export const handleId = (index: number) => `layer-handle-${index}`;
