import type { Translation } from '../../resource-types';
import type en from '../en/experiment';

// Sharing and files: the share link, save and open (src/ui/experiment).
const experiment: Translation<typeof en> = {
  share: {
    button: '分享链接',
    copied: '链接已复制。',
    copyBelow: '请复制下面的链接。',
    linkLabel: '这个实验的链接',
    csvNotIncluded: '链接里不包含 CSV 文件本身：打开链接的人需要重新上传这个文件。',
  },
  files: {
    save: '保存实验（JSON）',
    open: '打开实验…',
    notJson: '{{file}} 不是 JSON 文件：什么都没有改动。',
    repaired: '文件已打开，但做了以下修复：',
  },
  notices: {
    dismiss: '关闭',
  },
};

export default experiment;
