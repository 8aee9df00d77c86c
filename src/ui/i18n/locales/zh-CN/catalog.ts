import type { Translation } from '../../resource-types';
import type en from '../en/catalog';

// What the domain names: datasets, layers, losses, searchable fields, loss surfaces.
const catalog: Translation<typeof en> = {
  datasets: {
    circle: {
      label: '圆形',
      description:
        '圆盘内的点属于类别 1，外面一圈圆环上的点属于类别 0。没有一条直线能把它们分开，所以模型需要隐藏层。',
    },
    xor: {
      label: '异或（XOR）',
      description: 'x 和 y 同号的点属于类别 1。一条直线做不到，两个隐藏神经元就够了。',
    },
    gaussians: {
      label: '两团高斯分布',
      description:
        '两团相互重叠的点云。几乎线性可分：没有隐藏层的模型也能做得不错，噪声决定了能达到的最高准确率。',
    },
    spiral: {
      label: '螺旋',
      description: '两条交错的螺旋线：最难的二维数据集。它需要更深的网络、更多的神经元和耐心。',
    },
    moons: {
      label: '双月',
      description: '两个相互咬合的半圆。一条平缓弯曲的边界就能把它们分开。',
    },
    plane: {
      label: '平面',
      description: '回归：目标值从一个角均匀地升到对角。线性模型可以完全拟合它。',
    },
    'multi-gaussian': {
      label: '六个凸起',
      description: '回归：六个正负交替的高斯凸起。模型要学会其中的峰和谷。',
    },
    curve: {
      label: '一维曲线',
      description:
        '从一条平滑波形上取的少量带噪声的样本。测试用的是真实曲线：数据点很少时，大模型会画出一条穿过噪声的弯弯曲曲的线——这就是看得见的过拟合。',
    },
    sequence: {
      label: '信号',
      description:
        '根据前 {{timesteps}} 个值，预测一段带噪声的“正弦加锯齿波”信号的下一个值。按时间顺序划分：验证集是信号的未来。',
    },
    iris: {
      label: 'Iris',
      description:
        'Fisher 的 150 朵鸢尾花：四个以厘米为单位的测量值，三个品种。数据量小、是表格数据；记得对特征做标准化。',
    },
    mnist: {
      label: 'MNIST 手写数字',
      description:
        '0 到 9 的手写数字，每张是 28×28 的灰度图像；模型要判断每张图上是哪个数字。每个像素都是一个输入，所以全连接层每张图要看 784 个数。选中后才加载（1.6 MB）。',
    },
    csv: {
      label: '你的 CSV',
      description:
        '上传一个 CSV 文件，选出要预测的列，用你自己的数据训练。数据只留在这个标签页里。',
    },
  },
  csvFile: {
    named: 'CSV：{{fileName}}',
    unnamed: '上传的 CSV',
    predicting: '{{fileName}}，预测“{{target}}”。',
  },
  datasetGroups: {
    'classification-2d': '二维分类',
    'regression-2d': '二维回归',
    'regression-1d': '一维回归',
    sequences: '序列',
    tabular: '表格数据',
    images: '图像',
  },
  testRegions: {
    lowerRight: '右下角（x − y ≥ 2）',
    rightHalf: '右侧（x ≥ 0.5）',
  },
  losses: {
    binaryCrossentropy: '二元交叉熵',
    sparseCategoricalCrossentropy: '稀疏分类交叉熵',
    meanSquaredError: '均方误差',
    meanAbsoluteError: '平均绝对误差',
    huber: 'Huber 损失',
  },
  layers: {
    dense: '全连接：每个输出都看所有输入值。',
    dropout: '训练时随机关掉一部分值，用来对抗过拟合。',
    batchNormalization: '把每个通道缩放到均值 0、标准差 1，让训练更稳定。',
    flatten: '把图像或序列摊平成一长串数值。',
    reshape: '把数值重新排成新的形状，总数保持不变。',
    conv2d: '用学到的小卷积核在图像上滑动，寻找局部模式。',
    maxPooling2d: '在每个窗口里只保留最大值，把图像缩小。',
    averagePooling2d: '对每个窗口取平均，把图像缩小。',
    globalAveragePooling2d: '对每个通道在整张图像上取平均，每个通道只留下一个值。',
    simpleRNN: '一步一步读入序列，带着一段短期记忆。',
    lstm: '带门控的循环层，能保持长期记忆。',
    gru: '更轻量的门控循环层：类似 LSTM，但权重更少。',
  },
  params: {
    units: '神经元数',
    activation: '激活函数',
    kernelL1: 'L1 惩罚',
    kernelL2: 'L2 惩罚',
    rate: '丢弃比例',
    targetShape: '目标形状',
    filters: '卷积核数',
    kernelSize: '卷积核大小',
    strides: '步幅',
    padding: '填充',
    poolSize: '池化窗口大小',
    returnSequences: '返回完整序列',
  },
  paramHelp: {
    units: '这一层有多少个输出（神经元）。越多能学到的越多，但训练更慢，也更早过拟合。',
    recurrentUnits: '每一步传到下一步的记忆有多大。神经元越多记得越多，但训练更慢。',
    activation: '作用在每个输出上的函数：隐藏层常用 relu，softmax 把最后一层变成各类别的概率。',
    convActivation: '作用在每个输出上的函数；通常用 relu。',
    recurrentActivation: '每一步压缩记忆的函数；通常用 tanh。',
    returnSequences: '开：每个时间步都输出记忆（后面再接循环层时需要）。关：只输出最后一步。',
    kernelL1: '把权重的绝对值加到损失里，把没用的权重压到正好为 0。设为 0 即关闭。',
    kernelL2: '把权重的平方加到损失里，让权重保持较小，对抗过拟合。设为 0 即关闭。',
    rate: '每个训练步里被置为 0 的值所占的比例，例如 0.25 会丢掉四分之一。预测时不丢弃任何值。',
    targetShape:
      '新的各维大小，例如 28, 28, 1 表示一张 28×28 的灰度图像。它们的乘积必须等于输入中数值的个数。',
    filters: '这一层学习多少种模式；每个卷积核产生一个输出通道。',
    kernelSize: '每个卷积核的宽和高，例如 3 表示 3×3。',
    convStrides: '卷积核每一步移动多远；设为 2 时图像尺寸减半。',
    padding:
      '“valid”只使用完全落在图像内的窗口，所以图像会变小；“same”会在边缘补值，所以尺寸只随步幅缩小。',
    poolSize: '汇总成一个值的窗口的宽和高，例如 2 表示 2×2。',
    poolStrides: '窗口每一步移动多远；通常与池化窗口大小相同，所以设为 2 时图像减半。',
  },
  paramOptions: {
    valid: 'valid（缩小）',
    same: 'same（保持尺寸）',
  },
  surfaces: {
    valley: {
      label: '狭长山谷',
      description:
        '一条又长又窄的山谷：横向很陡，沿谷底几乎是平的。普通 SGD 在两侧谷壁之间来回弹跳；动量会沿着谷底越走越快。',
    },
    rosenbrock: {
      label: '弯曲山谷（Rosenbrock）',
      description: '一条香蕉形的山谷，谷底弯曲着缓缓降向最小值：很容易掉进去，却很难顺着走到底。',
    },
    saddle: {
      label: '两个极小值之间的鞍点',
      description:
        '两个极小值，中间隔着一个鞍点。起点几乎就在山脊上，侧向的梯度非常小：SGD 迟迟不动，Adam 一下子就走了下来。',
    },
    bumpy: {
      label: '坑坑洼洼的碗',
      description:
        '一个布满波纹的碗，每道波纹都是一个小的局部极小值。SGD 会停在遇到的第一个小坑里；动量能越过这些凸起继续滚下去。',
    },
  },
  pathOptimizers: {
    sgd: 'SGD',
    momentum: '动量 0.9',
    adam: 'Adam',
  },
};

export default catalog;
