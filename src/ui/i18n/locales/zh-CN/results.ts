import type { Translation } from '../../resource-types';
import type en from '../en/results';

// The results: boundary, fitted curve, predictions, attributions (src/ui/results).
const results: Translation<typeof en> = {
  metrics: {
    epoch: '轮次',
    loss: '训练损失',
    valLoss: '验证损失',
    accuracy: '训练准确率',
    valAccuracy: '验证准确率',
    firstLoss: '初始训练损失',
    testLoss: '测试损失',
    testAccuracy: '测试准确率',
  },
  charts: {
    loss: '每轮的损失',
    accuracy: '每轮的准确率',
  },
  latest: '最新指标',
  history: {
    summary: '每一轮的数值',
    caption: '训练历史',
  },
  confusion: {
    caption: '混淆矩阵（验证集）',
    corner: '真实 ↓ 预测 →',
    recall: '召回率',
  },
  boundary: {
    classification: '第 {{epoch}} 轮后的决策边界',
    regression: '第 {{epoch}} 轮后模型在平面上的预测值',
  },
  predictions: {
    main: '模型预测了什么',
    tables: '模型在验证集上的回答',
    waiting: '第一轮训练结束后，模型的预测会显示在这里。',
    idle: '训练模型，看看它会预测什么。',
    howToRead: '如何解读',
    grid: {
      binary:
        '背景是模型在每个位置的预测：橙色代表类别 0，蓝色代表类别 1，白色表示模型拿不准。圆点是训练集样本，菱形是验证集样本。',
      multiclass:
        '每个区域染成模型在那里会选的类别的颜色，模型越没把握颜色越浅。圆点是训练集样本，菱形是验证集样本。',
      regression:
        '背景是模型在每个位置预测的值：橙色低，蓝色高。数据点显示真实值，所以拟合得好的地方，点会和背景融为一体。',
    },
    curve: '曲线是模型对每个 x 的预测；蓝色圆点是用来训练的数据点，橙色菱形是用来检验的数据点。',
    confusion: '表格中，行是真实类别，列是模型的回答：对角线上是答对的数量。',
  },
  curve: {
    area: '拟合曲线',
    loading: '正在加载拟合曲线…',
    label: '第 {{epoch}} 轮后的拟合曲线',
    train: '训练集数据点',
    validation: '验证集数据点',
    prediction: '模型的预测',
  },
  misclassified: {
    none: '没有分错的验证集数字。',
    list: '分错的验证集数字',
    caption: '预测为 {{predicted}}，实际是 {{actual}}',
    label: '数字：预测为 {{predicted}}，实际是 {{actual}}',
  },
  explanations: {
    title: '模型在看什么',
    hiddenUnits:
      '隐藏层神经元的图片画在模型中各自的层旁边：每张图显示该神经元在平面上的输出，就像 TensorFlow Playground 画它的神经元那样。',
  },
  attributions: {
    pick: '选一个验证集数字（答错的排在前面）：',
    thumbnail: '数字 {{index}}：实际是 {{actual}}，被认成 {{predicted}}',
    right: '一个 <b>{{actual}}</b>，模型认成了 <b>{{predicted}}</b>（把握 {{sure}}）。',
    wrong: '一个 <b>{{actual}}</b>，模型认成了 <b>{{predicted}}</b>（把握 {{sure}}）：答错了。',
    explain: '解释哪个类别的得分',
    itsAnswer: '模型的回答：{{name}}',
    rightAnswer: '正确答案：{{name}}',
    digit: '这个数字',
    saliencyLabel: '类别 {{name}} 的显著性图',
    saliency: '“{{name}}”的显著性：红色像素对它的得分影响最大',
    integratedLabel: '类别 {{name}} 的积分梯度',
    integrated: '积分梯度：蓝色像素提高“{{name}}”的得分，橙色像素降低它',
    balance_other:
      '各像素的归因加起来是 {{sum}}；从全黑图像到这个数字，得分上升了 {{rise}}（共 {{count, number}} 步）。积分梯度恰好把这部分上升分摊到各像素上，误差只来自步数有限。',
    balanceLogit_other:
      '各像素的归因加起来是 {{sum}}；从全黑图像到这个数字，得分（对数几率）上升了 {{rise}}（共 {{count, number}} 步）。积分梯度恰好把这部分上升分摊到各像素上，误差只来自步数有限。',
  },
  featureImportance: {
    captionAccuracy_other:
      '置换重要性：打乱某个特征后验证准确率的下降（每个特征打乱 {{count, number}} 次；不打乱时模型得分 {{baseline}}）',
    captionR2_other:
      '置换重要性：打乱某个特征后验证 R² 的下降（每个特征打乱 {{count, number}} 次；不打乱时模型得分 {{baseline}}）',
    label: '每个特征的置换重要性：{{features}}',
    separator: '，',
    points: '{{value}} 个百分点',
    hint: '接近零：模型几乎不用这个特征（或者另一个特征带有同样的信息）。低于零：打乱它碰巧有所帮助，这只是噪声。',
  },
};

export default results;
