import type { Translation } from '../../resource-types';
import type en from '../en/glossary';

// The glossary: each term and its definition (src/ui/shared/glossary.ts).
const glossary: Translation<typeof en> = {
  whatIs: '{{term}}是什么？',
  terms: {
    model: {
      term: '模型',
      definition:
        '把输入变成预测结果的函数。在这里，它是一层层叠起来的网络，各层的权重从数据中学习得到；选择模型，就是选择用哪些层、每层多大。',
    },
    hyperparameter: {
      term: '超参数',
      definition:
        '在训练开始前由你选定的设置，而不是训练学出来的权重：学习率、批量大小、轮次、层数或神经元数、随机失活的比例。超参数搜索就是用来找出好的超参数的。',
    },
    loss: {
      term: '损失',
      definition:
        '衡量预测错得有多厉害的一个数；训练就是调整权重，让它变小。损失曲线图同时画出它在训练数据和验证数据上的值。',
    },
    mae: {
      term: 'MAE',
      definition:
        '平均绝对误差：各个误差大小的平均值。偏差大一倍，代价也只大一倍，所以少数离得很远的点只会把拟合结果拉偏一点点。',
    },
    mse: {
      term: 'MSE',
      definition:
        '均方误差：各个误差平方的平均值。偏差大一倍，代价就变成四倍，所以离得远的点会把拟合结果拉得很厉害。',
    },
    'cross-entropy': {
      term: '交叉熵',
      definition:
        '分类问题最常用的损失：模型给正确类别的概率取对数，再取负号。模型有把握地答对时，它接近 0；有把握地答错时，它会无限增大。',
    },
    'gradient-descent': {
      term: '梯度下降',
      definition:
        '神经网络学习的方法：算出每个权重往哪个方向移动能让损失下降（这就是梯度），朝那个方向迈一小步，然后一个批次接一个批次地重复下去。',
    },
    'learning-rate': {
      term: '学习率',
      definition: '梯度下降每一步迈多大。太小，学习慢得像在爬；太大，损失会上下乱跳，甚至发散。',
    },
    epoch: {
      term: '轮次',
      definition:
        '把全部训练数据完整地过一遍。训练 100 轮之后，模型把每个训练样本都看过了 100 次。',
    },
    batch: {
      term: '批次',
      definition:
        '梯度下降每一步所看的那一小组样本。批量大小为 32 时，每看完 32 个样本，权重就更新一次。',
    },
    validation: {
      term: '验证数据',
      definition:
        '不参与训练、只用来检验模型的样本。模型在它上面的损失，告诉你模型在没学过的数据上表现如何。',
    },
    overfitting: {
      term: '过拟合',
      definition:
        '模型学到的是训练数据里的噪声和偶然巧合，而不是真正的规律。表现是：训练损失还在下降，验证损失却掉头上升。',
    },
    underfitting: {
      term: '欠拟合',
      definition: '模型太简单，或者训练得太少，抓不住数据中的规律。训练损失和验证损失都居高不下。',
    },
    regularization: {
      term: '正则化',
      definition:
        '一切阻止模型去学噪声的手段：对较大的权重施加 L2 惩罚，使用随机失活（训练时随机关掉一部分神经元），或者在验证损失不再改善时早停。',
    },
    activation: {
      term: '激活函数',
      definition:
        '每个神经元把加权和传下去之前对它做的变换：ReLU 保留正数、把负数变成 0，tanh 和 sigmoid 把它压缩到一个范围内。没有激活函数，无论叠多少层，模型都只能画出直线。',
    },
    optimizer: {
      term: '优化器',
      definition:
        '把梯度变成权重更新的规则。SGD 老老实实地按梯度迈步，动量会保留前几步的一部分速度，Adam 则给每个权重分配各自的步长。',
    },
    'grid-search': {
      term: '网格搜索',
      definition:
        '为每个超参数选定几个值，把所有组合都训练一遍。很全面，但组合数增长得很快：3 个设置各取 4 个值，就要训练 64 次。',
    },
    'random-search': {
      term: '随机搜索',
      definition:
        '在你给定的范围里随机抽取取值来训练模型。预算相同时，它常常胜过网格搜索，因为对真正要紧的那些设置，它能试到更多不同的值。',
    },
    'bayesian-search': {
      term: '贝叶斯优化',
      definition:
        '根据已有的试验结果，估计好的取值可能在哪里，下一次就去那里试。TPE 和高斯过程是做这种估计的两种方法。',
    },
    pruning: {
      term: '剪枝',
      definition:
        '只训练几轮就停掉没有希望的试验，让搜索把时间花在有希望的试验上。中位数剪枝、逐次减半（ASHA）和 Hyperband 都是剪枝器。',
    },
    'cross-validation': {
      term: '交叉验证',
      definition:
        '把数据分成 k 份（称为折），训练 k 次，每次用不同的一折做验证，再把 k 个得分取平均。这样结果就不那么依赖某一次划分的运气；scikit-learn 的 GridSearchCV(cv=5) 就是用 5 折这样做的。',
    },
    importance: {
      term: '重要性',
      definition:
        '每个超参数（或输入）对结果的影响有多大。它让搜索或模型更容易解释：哪些设置值得调，哪些几乎不起作用，一目了然。',
    },
  },
};

export default glossary;
