import type { Translation } from '../../resource-types';
import type en from '../en/dataset';

// The data column: datasets, their settings, the preview, CSV upload (src/ui/dataset).
const dataset: Translation<typeof en> = {
  heading: '数据：{{label}}',
  picker: '数据集',
  more: '更多数据设置',
  csvArea: 'CSV 上传',
  csvLoading: '正在加载 CSV 上传…',
  fields: {
    images: '图像数',
    windows: '窗口数',
    points: '数据点数',
    noise: '噪声',
    seed: '数据随机种子',
    validation: '验证集 %',
    test: '测试集 %',
    testShift: '测试数据',
    standardize: '标准化特征',
  },
  testShift: {
    none: '与训练数据相同',
    noise: '比训练数据噪声更大',
    region: '平面上没见过的区域',
  },
  preview: {
    label: '{{dataset}}数据集预览',
    loading: '正在加载预览…',
    curveArea: '曲线预览',
    signalArea: '信号预览',
    fixSettings: '修正数据设置后即可看到预览。',
    testSource: {
      split: '从数据中留出',
      own: '真实曲线，不含噪声',
      'shifted-noise': '数据点被抖离原位：噪声比训练数据更大',
      'shifted-region': '来自训练时从未见过的平面区域',
    },
    counts: {
      plain: '训练集 {{train, number}} 个，验证集 {{validation, number}} 个。',
      test: '训练集 {{train, number}} 个，验证集 {{validation, number}} 个，测试集 {{test, number}} 个（{{source}}）。',
      standardised:
        '训练集 {{train, number}} 个，验证集 {{validation, number}} 个；已用训练集的统计量做了标准化。',
      testStandardised:
        '训练集 {{train, number}} 个，验证集 {{validation, number}} 个，测试集 {{test, number}} 个（{{source}}）；已用训练集的统计量做了标准化。',
    },
    lowHigh: '橙色 = 低，蓝色 = 高',
    classKey: '类别 {{number}}',
    marks: '圆点用于训练，菱形用于验证：{{counts}}',
    marksTest: '圆点用于训练，菱形用于验证，叉号用于测试：{{counts}}',
    windows: '每个窗口含 {{steps}} 步，用来预测下一个值。{{counts}}',
    iris: {
      caption: '共 {{total}} 行，显示其中 {{shown}} 行（原始数据，单位：厘米）',
      sepal_length: '花萼长度',
      sepal_width: '花萼宽度',
      petal_length: '花瓣长度',
      petal_width: '花瓣宽度',
      species: '种类',
    },
    mnist: {
      loading: '正在加载 MNIST 手写数字… {{percent}}',
      failed: 'MNIST 手写数字没能加载：{{reason}}',
      retry: '重试',
      caption:
        '共使用 {{used, number}} 个数字（已加载 {{loaded, number}} 个），这里显示前 {{shown}} 个。',
    },
  },
  charts: {
    trueCurve: '真实曲线（测试）',
    trainingPoints: '训练数据点',
    validationPoints: '验证数据点',
    signal: '信号',
    validationStarts: '验证 →',
    testStarts: '测试 →',
  },
  csv: {
    upload: '上传 CSV 文件',
    limits:
      '最多 {{rows, number}} 行、{{columns}} 列，第一行须为表头。文件只留在这个标签页里，链接中永远不会包含它。',
    recorded:
      '这个实验用的是 <b>{{fileName}}</b>，预测“{{target}}”列。重新上传这个文件才能训练：文件永远不会放进链接。',
    otherFile: '这不是实验当初使用的文件（{{fileName}}）：内容不同，结果也会不同。',
    readError: '无法读取 {{fileName}}：{{reason}}',
    invalid: '<b>{{fileName}}</b> 无法使用。{{message}}',
    target: '要预测的列',
    task: '任务',
    tasks: {
      classification: '分类',
      regression: '回归',
    },
    missing: '缺失值（{{total, number}}）',
    missingChoices: {
      drop: '删除含缺失值的行',
      fill: '填充：数值用均值，类别用最常见的值',
    },
    dropped_other: '已删除 {{count, number}} 行含缺失值的数据。',
    filled_other: '已填充 {{count, number}} 个缺失的单元格。',
    caption: '{{fileName}}：共 {{total, number}} 行，显示前 {{shown}} 行',
    kinds: {
      numeric: '数值',
      categorical: '类别',
    },
  },
};

export default dataset;
