import type { Translation } from '../../resource-types';
import type en from '../en/problems';

// Problems with an experiment, a link or a file: one sentence per problem code, and field names.
const problems: Translation<typeof en> = {
  codes: {
    // 对任何字段都适用的检查。
    'wrong-type': '{{field}}必须是{{expected}}',
    'not-whole': '{{field}}必须是整数',
    'too-small': '{{field}}至少为 {{min}}',
    'too-big': '{{field}}最多为 {{max}}',
    'too-few-items_other': '{{field}}至少需要 {{count}} 项',
    'too-many-items_other': '{{field}}最多只能有 {{count}} 项',
    'too-short_other': '{{field}}至少需要 {{count}} 个字符',
    'too-long_other': '{{field}}最多只能有 {{count}} 个字符',
    'not-allowed': '{{field}}必须是以下之一：{{allowed}}',
    'bad-format': '{{field}}的格式不正确',
    invalid: '{{field}}无效',
    'low-above-high': '下限不能高于上限',
    'log-needs-positive-low': '对数刻度要求下限大于 0',
    'log-needs-low-of-one': '对数刻度要求下限至少为 1',
    'log-needs-step-one': '对数刻度要求步长为 1',

    // 数据设置和模型是否适合所选数据集。
    'dataset-size': '数据集“{{dataset}}”需要 {{min}} 到 {{max}} 个数据点',
    'noise-too-high': '数据集“{{dataset}}”的噪声最多为 {{max}}',
    'no-test-shift': '数据集“{{dataset}}”没有偏移的测试集；请选择“与训练数据相同”',
    'csv-missing': '请上传一个 CSV 文件，并选择要预测的列',
    'splits-too-large':
      '验证集和测试集合计最多占数据的 {{maxPercent}}%，至少要留 {{trainPercent}}% 用于训练',
    'output-not-dense_other':
      '最后一层必须是有 {{count}} 个神经元的 Dense 层，才能给出数据集“{{dataset}}”各类别的概率。请在末尾添加一个。',
    'output-not-flat':
      '模型的输出形状是 ({{shape}})，但数据集“{{dataset}}”需要 ({{outputSize}})：请在最后一个 Dense 层之前添加 Flatten 或 GlobalAveragePooling2D。',
    'binary-units':
      '数据集“{{dataset}}”有两个类别，所以最后一层需要 1 个神经元（输出类别 1 的概率），而不是 {{units}} 个。',
    'binary-loss': '数据集“{{dataset}}”有两个类别：请使用二元交叉熵，并配一个 sigmoid 神经元。',
    'binary-activation':
      '二元交叉熵需要概率：请把最后一层的激活函数从 {{activation}} 改为 sigmoid。',
    'multiclass-units':
      '数据集“{{dataset}}”有 {{classes}} 个类别，所以最后一层需要 {{classes}} 个神经元（每个类别一个），而不是 {{units}} 个。',
    'multiclass-loss': '{{loss}}不适合 {{classes}} 个类别：请使用稀疏分类交叉熵。',
    'multiclass-activation':
      '分类交叉熵需要每个类别一个概率：请把最后一层的激活函数从 {{activation}} 改为 softmax。',
    'regression-units':
      '数据集“{{dataset}}”只预测一个数，所以最后一层需要 {{outputSize}} 个神经元，而不是 {{units}} 个。',
    'regression-loss':
      '数据集“{{dataset}}”是回归任务：请使用均方误差、平均绝对误差或 Huber 损失，而不是{{loss}}。',
    'regression-softmax':
      'softmax 输出的总和永远是 1，无法预测一个数值：请在最后一层使用 linear 激活函数。',

    // 形状推断：某一层接不了它的输入，或整个模型无法构建。
    'layer-needs-dimension': '{{layer}} 的输入至少需要一个维度。',
    'flatten-already-flat':
      'Flatten 需要 2 维或更多维的输入，但收到的是 {{shape}}，它已经是扁平的了。请删除这个 Flatten。',
    'reshape-size-mismatch':
      '变形到 {{target}} 的 Reshape 包含 {{targetSize}} 个值，但它的输入 {{shape}} 包含 {{size}} 个值。请选择乘积等于 {{size}} 的各维大小。',
    'kernel-too-large':
      '{{layer}} 的 {{size}}×{{size}} 卷积核比它的输入 {{shape}} 还大，用“valid”填充时什么也剩不下。请把卷积核大小设为最多 {{max}}，或改用“same”填充。',
    'window-too-large':
      '{{layer}} 的 {{size}}×{{size}} 池化窗口比它的输入 {{shape}} 还大，用“valid”填充时什么也剩不下。请把池化窗口设为最多 {{max}}，或改用“same”填充。',
    'sequence-from-values':
      '{{layer}} 需要一个序列（时间步，特征）作为输入，但收到的是 {{shape}}。请先添加一个 Reshape，变形为 {{target}}，让每个值成为一个时间步。',
    'sequence-from-rows':
      '{{layer}} 需要一个序列（时间步，特征）作为输入，但收到的是 {{shape}}。请先添加一个 Reshape，变形为 {{target}}，让每一行成为一个时间步。',
    'needs-image': '{{layer}} 需要三维输入（高，宽，通道），但收到的是 {{shape}}。{{fix}}',
    'input-shape-invalid': '输入形状 {{shape}} 无效：每个维度的大小都必须是不小于 1 的整数。',
    'too-many-params':
      '这个模型有 {{params, number}} 个参数，超过了浏览器标签页能训练的上限 {{limit, number}}。请减少神经元或卷积核的数量，或在 Flatten 之前加入池化层。',

    // 搜索设置。
    'objective-needs-classes': '回归数据集没有准确率；请选择验证损失',
    'unknown-target': '“{{target}}”不是这个模型或其训练设置中的字段',
    'searched-twice': '{{target}}被搜索了两次',
    'needs-choices': '{{target}}：请从取值中选择，而不是设定一个范围',
    'choice-not-allowed': '{{target}}：“{{value}}”不是它的可选值',
    'choice-out-of-range': '{{target}}：{{value}} 超出了 {{min}}–{{max}}',
    'needs-int-range': '{{target}}：整数字段需要整数（int）范围',
    'range-outside-limits': '{{target}}：范围必须在 {{min}}–{{max}} 之内',
    'repeats-overlap': '重复的层块不能相互重叠',
    'condition-order': '{{target}}只能依赖列在它上面的参数',
    'experiment-has-problems': '实验还有问题需要先解决：{{reason}}',
    'search-space-empty': '请至少添加一个要搜索的参数。',

    // 打开链接或文件，以及地址里的选项。
    'link-damaged': '链接已损坏：无法解压。正在显示默认实验。',
    'link-waits-for-training':
      '你打开的链接会在当前训练或搜索结束后立即打开：在那之前，模型构建器处于锁定状态。',
    'link-too-long':
      '链接太长（{{length, number}} 个字符；上限是 {{max, number}}）。正在显示默认实验。',
    'link-too-large':
      '链接解压后超过 {{max, number}} 个字符，对一个实验来说太多了。正在显示默认实验。',
    'unknown-backend':
      '链接要求使用名为“{{value}}”的后端，但它不存在；已改用“自动”。可选的有：{{choices}}。',
    'unknown-lesson': '链接要求打开名为“{{value}}”的课程，但它不存在。请从“课程”菜单中打开一个。',
    'unknown-control': '链接要求隐藏名为“{{value}}”的控件，但它不存在；已忽略。',
    'unknown-language':
      '链接要求使用“{{value}}”语言，但 TrainTab 还不支持它；页面将使用之前选过的语言或浏览器的语言。可选的有：{{choices}}。',

    // 在浏览器存储中保存搜索，以及重新加载后继续。
    'storage-unavailable':
      '这个浏览器不为本页面保存任何内容（它的存储被关闭或被阻止了，某些无痕窗口就是这样）：关闭标签页后，训练和搜索都会丢失。',
    'storage-write-failed':
      '在这个浏览器里保存失败（{{reason}}）：屏幕上的内容在关闭标签页后不会保留。要腾出空间，可以在“保存在这个浏览器里”中精简或删除旧的训练和搜索，或在浏览器设置中清除本网站的数据。',
    'study-unreadable': '无法读取保存在这个浏览器里的搜索记录，所以没有重新打开它。',
    'study-trials-skipped':
      '搜索记录中的试验 {{trial}} 无法读取：它和之后的 {{after}} 个试验都被略过了。',
    'search-resumed': '搜索从停下的地方继续，目前已有 {{trials}} 个试验。',
    'search-followed':
      '这个搜索正在 TrainTab 的另一个标签页中运行：这里会实时显示它的进展，如果那个标签页关闭，就由这里接手。',
    'study-file-not-json': '这个文件不是搜索记录：它不是 JSON。没有导入任何内容。',
    'study-file-invalid':
      '这个文件不是 TrainTab 能读取的搜索记录：它的“{{field}}”缺失或有误。没有导入任何内容。',

    // 从链接或文件恢复实验。
    unreadable: '无法读取这个实验。正在显示默认实验。',
    'not-settings': '实验的内容是 {{value}}，而不是一组设置。正在显示默认实验。',
    'newer-version':
      '这个链接由更新版本的 TrainTab（版本 {{version}}）创建，当前版本是 {{current}}，所以无法在这里打开。正在显示默认实验；重新加载页面也许能获取新版 TrainTab。',
    'still-invalid': '修复后的实验仍然无效（{{reason}}）。正在显示默认实验。',
    'output-fitted': '模型的输出层和损失函数已按数据集“{{dataset}}”调整。',
    'version-missing': '{{path}} 缺失；按版本 {{assumed}} 读取实验。',
    'version-invalid':
      '{{path}} 是 {{value}}，不是 TrainTab 的版本号；按版本 {{assumed}} 读取实验。',
    'section-missing': '{{path}} 缺失；改用默认设置。',
    'section-not-settings': '{{path}} 是 {{value}}，而不是一组设置；改用默认设置。',
    'value-missing': '{{path}} 缺失；改用 {{fallback}}。',
    'value-replaced': '{{path}} 是 {{value}}（{{reason}}）；改用 {{fallback}}。',
    'list-missing': '{{path}} 缺失；改用默认的{{items}}。',
    'list-not-list': '{{path}} 是 {{value}}，不是由{{items}}组成的列表；改用默认的{{items}}。',
    'item-dropped': '{{path}} 的第 {{index}} {{item}}已被丢弃（{{reason}}）。',
    'more-items-dropped': '……另有 {{path}} 中的 {{more}} {{items}}被丢弃。',
    'list-truncated': '{{path}} 中的{{items}}太多（{{reason}}）；只保留前 {{kept}} {{items}}。',
    'list-empty': '{{path}} 中没有剩下有效的{{items}}；改用默认的{{items}}。',
    'list-still-invalid': '{{path}} 修复后仍然无效（{{reason}}）；改用默认的{{items}}。',
  },

  variants: {
    mustBe: '{{field}}必须是 {{allowed}}',
    datasetSizeImages: '数据集“{{dataset}}”需要 {{min}} 到 {{max}} 张图像',
    outputNotDenseRegression_other:
      '最后一层必须是有 {{count}} 个神经元的 Dense 层，才能给出数据集“{{dataset}}”的预测值。请在末尾添加一个。',
    oneTrialSkipped: '搜索记录中的试验 {{trial}} 无法读取，已被略过。',
    searchResumedInterrupted_other:
      '搜索从停下的地方继续，目前已有 {{trials}} 个试验。页面关闭时正在训练的 {{count}} 个试验会重新运行。',
  },

  inEpochs: {
    'not-whole': '{{field}}必须是整数个轮次',
    'too-small_other': '{{field}}至少为 {{count}} 轮',
    'too-big_other': '{{field}}最多为 {{count}} 轮',
  },

  fieldSentences: {
    layersTooFew_other: '模型至少需要{{number}}层',
    layersTooMany: '模型最多只能有 {{max}} 层',
    targetShapeWrongType: '目标形状必须是一组尺寸',
    targetShapeTooFew_other: '目标形状至少需要{{number}}个维度',
    targetShapeTooMany_other: '目标形状最多只能有{{number}}个维度',
    paddingNotAllowed: '填充必须是“valid”或“same”',
    csvHashBadFormat: 'CSV 哈希值必须是十六进制',
    searchParamsTooMany: '最多搜索 {{max}} 个参数',
    choicesTooFew_other: '至少给出{{number}}个候选值',
    choicesTooMany: '最多给出 {{max}} 个候选值',
  },

  numberWords: {
    '0': '零',
    '1': '一',
    '2': '两',
    '3': '三',
    '4': '四',
    '5': '五',
    '6': '六',
    '7': '七',
    '8': '八',
    '9': '九',
  },

  expected: {
    number: '数字',
    boolean: '布尔值（true 或 false）',
    array: '列表',
    object: '一组设置',
    string: '文本',
  },

  fields: {
    experiment: '实验',
    specVersion: '配置版本',
    dataset: '数据集',
    numPoints: '数据点数量',
    noise: '噪声',
    testShift: '测试数据偏移',
    standardize: '标准化',
    csv: 'CSV 文件',
    fileName: '文件名',
    csvHash: 'CSV 哈希值',
    csvTarget: '要预测的列',
    task: '任务',
    missingValues: '缺失值',
    csvShape: 'CSV 形状',
    inputSize: '输入大小',
    outputSize: '输出大小',
    model: '模型',
    layers: '层列表',
    layer: '层',
    layerType: '层类型',
    eachDimension: '每个维度',
    optimizer: '优化器',
    learningRate: '学习率',
    loss: '损失函数',
    batchSize: '批量大小',
    epochs: '轮次',
    validationSplit: '验证集比例',
    testSplit: '测试集比例',
    schedule: '学习率调度',
    decayFactor: '衰减系数',
    decayInterval: '衰减间隔',
    earlyStopping: '早停',
    patience: '耐心值',
    minDelta: '最小改善量',
    restoreBestWeights: '保留最佳权重',
    search: '搜索',
    strategy: '搜索策略',
    searchParams: '搜索参数',
    searchParam: '搜索参数',
    searchTarget: '搜索字段',
    range: '范围',
    rangeType: '范围类型',
    low: '下限',
    high: '上限',
    step: '步长',
    logScale: '对数刻度',
    choices: '候选值',
    eachChoice: '每个候选值',
    gridPoints: '网格点数',
    condition: '条件',
    conditionParam: '条件参数',
    conditionValues: '条件取值',
    eachConditionValue: '每个条件取值',
    objective: '目标值',
    pruner: '剪枝器',
    prunerStartupTrials: '剪枝前的启动试验数',
    warmupEpochs: '预热轮数',
    minEpochs: '最少轮数',
    reductionFactor: '缩减因子',
    rankTrialsBy: '试验排名依据',
    folds: '折数',
    maxTrials: '最多试验数',
    maxMinutes: '最长分钟数',
    parallelTrials: '并行试验数',
    startupTrials: '启动试验数',
    seed: '随机种子',
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

  values: {
    missing: '缺失',
    null: '空值（null）',
    list: '一个列表',
    group: '一组设置',
    type: '{{type}} 类型的值',
  },

  fallbacks: {
    none: '无',
    defaults: '默认值',
  },

  listItems: {
    layer: '层',
    item: '项',
  },
  listItem: {
    layer: '层',
    item: '项',
  },

  reasons: {
    at: '{{path}}：{{reason}}',
    notValid: '它无效',
  },

  imageFixes: {
    'reshape-to': '请先添加一个 Reshape，变形为 {{shape}}。',
    'reshape-to-image': '请先添加一个 Reshape，变形为（高，宽，通道）。',
    'flat-data':
      '数据的输入 {{shape}} 是扁平的，不是图像。请对它使用 Dense 层，或在 {{layer}} 紧前面添加一个 Reshape，{{reshape}}。',
    'flat-sequence':
      '第 {{place}} 层（{{name}}）把序列 {{shape}} 变成了扁平的。请在 {{layer}} 紧前面添加一个 Reshape，{{reshape}}。',
    'remove-flatten': '请删除这个 Flatten，或添加一个 Reshape。',
    'change-reshape':
      '第 {{place}} 层（{{name}}）把图像 {{shape}} 变成了扁平的。请把第 {{place}} 层的目标形状改为（高，宽，通道），例如 {{shape}}。',
    'move-above':
      '第 {{place}} 层（{{name}}）把图像 {{shape}} 变成了扁平的。请把 {{layer}} 移到第 {{place}} 层之上，或在它紧前面添加一个 Reshape，{{reshape}}。',
  },

  reshapeTargets: {
    shape: '变形为 {{shape}}',
    size: '变形为各维乘积等于 {{size}} 的（高，宽，通道）',
  },

  warnings: {
    'slow-model':
      '这个模型有 {{params, number}} 个参数，在浏览器里训练会很慢。减少神经元或卷积核的数量，或在 Flatten 之前加入池化层，都能让它变小。',
    'dense-on-image':
      '对图像 {{input}} 使用 Dense 时，它只作用于最后一个轴，输出 {{output}}。请在它前面添加一个 Flatten，让每个值都连接起来。',
    'saturating-stack':
      '有 {{layers}} 个隐藏 Dense 层使用 sigmoid 或 tanh：梯度每经过一层就缩小一些，前面几层几乎学不到东西。隐藏层试试 relu。',
    'linear-hidden':
      '这个隐藏 Dense 层是线性的，后面又接了一个 Dense 层，而两个连续的线性层相当于一个线性层。请给它一个激活函数，例如 relu。',
    'dropout-last':
      'Dropout 作为最后一层，会在训练时随机把模型的输出置为 0。请把它移到最后一个 Dense 层之前。',
  },
};

export default problems;
