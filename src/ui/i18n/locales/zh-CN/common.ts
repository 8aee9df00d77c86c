import type { Translation } from '../../resource-types';
import type en from '../en/common';

// Words used all over the app: the header, the language picker, app-wide notices.
const common: Translation<typeof en> = {
  language: {
    label: '语言',
  },
  units: {
    seconds: '{{value}} 秒',
  },
  loading: {
    search: '正在加载超参数搜索…',
    saved: '正在加载已保存的内容…',
  },
  areas: {
    updates: '应用更新',
    lesson: '课程',
    search: '超参数搜索',
    saved: '这个浏览器里保存的内容',
  },
};

export default common;
