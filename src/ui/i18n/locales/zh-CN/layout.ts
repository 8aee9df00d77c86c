import type { Translation } from '../../resource-types';
import type en from '../en/layout';

// The screens: the header, the view tabs, the run view and the results column (src/ui/layout).
const layout: Translation<typeof en> = {
  header: {
    presenterMode: '演示模式',
    file: '文件',
  },
  update: {
    label: '应用更新',
    ready: 'TrainTab 有新版本可用。',
    busy: '现在重新加载会停止正在进行的训练；已完成的运行和搜索仍保存在历史记录中。',
    reload: '重新加载',
    later: '稍后',
    offlineReady: 'TrainTab 已保存到本设备：现在没有网络也能打开和训练。',
    dismiss: '知道了',
  },
  views: {
    label: '视图',
    run: '训练',
    search: '搜索',
    history: '历史记录',
  },
  results: {
    heading: '结果',
    loadingLesson: '正在加载课程…',
    loadingExplanations: '正在加载“模型在看什么”…',
    overfittingHint: '训练损失还在下降、验证损失却开始上升，这就是<term>过拟合</term>',
  },
  areas: {
    explanations: '“模型在看什么”',
    lessons: '课程',
    classLink: '课堂链接',
    sharing: '分享',
    trainControls: '训练控制',
    lesson: '课程',
    dataPanel: '数据面板',
    modelPanel: '模型面板',
    results: '结果',
    lessonFigure: '课程图示',
  },
};

export default layout;
