import type { Translation } from '../../resource-types';
import type en from '../en/shared';

// The shared parts: charts, fields, errors, loading parts (src/ui/shared).
const shared: Translation<typeof en> = {
  errors: {
    notLoaded: '{{area}}加载失败：可能是网络断开了，也可能是打开这个页面之后 TrainTab 更新了。',
    crashed: '{{area}}出错了：{{message}}',
    tryAgain: '重试',
    reload: '重新加载页面',
  },
  loading: '加载中…',
  chart: {
    area: '图表“{{title}}”',
    loading: '正在加载图表…',
    empty: '还没有训练轮次：点击“训练”，曲线就会在这里实时出现。',
    epochAxis: '轮次',
    epoch: '第 {{epoch}} 轮',
  },
  searchToggle: '搜索',
  optimizers: {
    sgd: 'SGD',
    momentum: '带动量（0.9）的 SGD',
    adam: 'Adam',
    rmsprop: 'RMSprop',
    adagrad: 'Adagrad',
    adadelta: 'Adadelta',
    adamax: 'Adamax',
  },
};

export default shared;
