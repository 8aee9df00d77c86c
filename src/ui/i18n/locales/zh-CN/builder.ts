import type { Translation } from '../../resource-types';
import type en from '../en/builder';

// The model builder: layer cards, the stack, drag and drop, the summary (src/ui/builder).
const builder: Translation<typeof en> = {
  panel: {
    heading: '模型',
    summary: '模型概要',
    loss: '损失函数：{{loss}}。{{output}}',
  },
  output: {
    binary: '最后一个神经元输出属于类别 1 的概率。',
    multiclass: '最后一层为每个类别输出一个概率，概率最高的类别就是预测结果。',
    regression: '最后一个神经元输出预测的数值。',
  },
  history: {
    undo: '撤销',
    redo: '重做',
  },
  stack: {
    input: '输入 {{shape}}',
    label: '模型的各层',
    end: '把层拖到这里，就会加到模型末尾',
  },
  palette: {
    heading: '添加层',
    hint: '把一个层拖进模型，或者点击它，把它加到末尾。',
    add: '添加 {{label}}',
  },
  dnd: {
    instructions:
      '移动一个层：按空格键或回车键拿起它，用方向键移动，再按空格键或回车键放下；按 Esc 键取消。',
    newLayer: '新的 {{label}} 层',
    stackEnd: '模型末尾',
    layer: '第 {{number}} 层 {{title}}',
    someLayer: '一个层',
    pickedUp: '已拿起{{name}}。',
    over: '{{name}}现在位于{{target}}上。',
    notOver: '{{name}}不在模型上。',
    dropped: '已把{{name}}放到{{target}}。',
    droppedOutside: '{{name}}被放在了模型外面。',
    cancelled: '已取消移动{{name}}。',
  },
  card: {
    move: '移动第 {{number}} 层，{{title}}',
    outputShape: '第 {{number}} 层的输出形状',
    params: '{{params}} 个参数',
    copy: '复制<hidden>第 {{number}} 层，{{title}}</hidden>',
    delete: '删除第 {{number}} 层，{{title}}',
    help: '这些设置有什么用？',
  },
  hiddenUnits: {
    picture: '第 {{layer}} 层第 {{unit}} 个神经元在平面上的输出',
    some: '前 {{units}} 个神经元（共 {{total}} 个）在平面上的输出（第 {{epoch}} 轮）',
    all_other: '这一层 {{count}} 个神经元在平面上的输出（第 {{epoch}} 轮）',
  },
  summary: {
    layer: '层',
    outputShape: '输出形状',
    params: '参数数量',
    input: '输入',
    total: '参数总数',
    trainable: '可训练参数',
    caption: '模型概要，共 {{total}} 个参数',
    notCounted: '模型概要：输入形状无效，无法计数',
    stopsAtFirst: '模型概要（不完整）：模型在第 {{layer}} 层中断，所以没有计数',
    stopsAfterOne:
      '模型概要（不完整）：模型在第 {{layer}} 层中断，所以只计入了第 1 层（{{total}} 个参数）',
    stopsAfterSome:
      '模型概要（不完整）：模型在第 {{layer}} 层中断，所以只计入了第 1–{{last}} 层（{{total}} 个参数）',
    totalOfOne: '第 1 层的参数',
    totalOfSome: '第 1–{{last}} 层的参数',
    trainableOfOne: '第 1 层的可训练参数',
    trainableOfSome: '第 1–{{last}} 层的可训练参数',
  },
  code: {
    heading: 'Keras 代码',
    area: 'Keras 代码',
    loading: '正在加载代码…',
    hint: '层、形状和参数数量都和这里一样；但初始权重和数据的随机顺序不同，所以训练出来的数字也会不同。',
    hintInvalid:
      '层、形状和参数数量都和这里一样；但初始权重和数据的随机顺序不同，所以训练出来的数字也会不同。这个模型还不合法：运行之前，先修正标红的问题。',
    copy: '复制代码',
    copied: '已复制。',
    copyRefused: '浏览器不允许复制：请选中代码，手动复制。',
    fixFirst: '先修正标红的设置，才能看到代码。',
  },
};

export default builder;
