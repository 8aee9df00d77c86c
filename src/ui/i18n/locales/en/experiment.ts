// Sharing and files: the share link, save and open (src/ui/experiment).
const experiment = {
  share: {
    button: 'Share link',
    copied: 'Link copied.',
    copyBelow: 'Copy the link below.',
    linkLabel: 'Link to this experiment',
    csvNotIncluded:
      'The CSV file itself is not in the link: whoever opens it uploads the file again.',
  },
  files: {
    save: 'Save experiment (JSON)',
    open: 'Open experiment…',
    notJson: '{{file}} is not a JSON file: nothing was changed.',
    repaired: 'The file was opened with these repairs:',
  },
  notices: {
    dismiss: 'Dismiss',
  },
} as const;

export default experiment;
