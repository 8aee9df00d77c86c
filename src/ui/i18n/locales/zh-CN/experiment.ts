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
  python: {
    export: '导出为 Python 项目（.zip）',
    hint: '把模型、训练和搜索导出为 Keras 3 + Optuna 项目，并附上此处划分好的数据：适合一个标签页装不下的搜索。',
    working: '正在生成 Python 项目…',
    saved: '已保存 {{file}}。',
    fixFirst: '请先解决实验中的问题。',
    waitData: '请先加载数据：{{dataset}}。',
    failed: 'Python 项目没有保存：{{reason}}',
    readme: {
      title: '# {{dataset}}：Python 版（Keras 3 + Optuna）',
      intro:
        '你在 TrainTab 中搭建的实验，导出为 Python 项目：模型、训练和搜索都与 TrainTab 相同，可以在任意多的进程和机器上运行。',
      files: '## 文件',
      script: '- `experiment.py`：用 Keras 3 构建并训练模型，用 Optuna 运行搜索。',
      scriptSingle: '- `experiment.py`：用 Keras 3 构建并训练模型。',
      data: '- `data.npz`：与 TrainTab 完全相同的划分和标准化后的数据：`x_train`、`y_train`、`x_val`、`y_val`，实验留出测试集时还有 `x_test`、`y_test`。',
      install: '## 安装',
      installText:
        '需要 Python 3.9 或更新版本。Keras 3 需要以 TensorFlow、JAX 或 PyTorch 之一为后端；下面的命令安装 TensorFlow：',
      run: '## 在一台机器上运行',
      runText: '`--help` 列出所有选项。',
      dryRun:
        '`--dry-run N` 向采样器请求 N 个试验并打印其参数，但不训练：它只需要 Optuna，因此在没有 Keras 的地方也能检查搜索部分。',
      many: '## 在多个进程或多台机器上运行',
      manyText:
        '用相同的 `--storage` 和 `--study-name` 启动的每个副本都会加入同一个 Optuna 研究（study），由 Optuna 在它们之间分配试验。同一台机器上的多个进程共用一个日志文件；多台机器共用一个 SQLAlchemy 能连接的数据库，例如 PostgreSQL。',
      options:
        '`--n-trials` 是整个研究的试验总数，所有副本合计（默认为{{trials}}）；`--timeout`（秒）限制每个副本。',
      trials_other: ' {{count, number}} 个',
      differs: '## 与 TrainTab 的不同',
      differsText:
        '初始权重、随机失活和数据打乱都设定了随机种子，但 Keras 使用的随机数序列与 TensorFlow.js 不同，因此损失会与 TrainTab 中略有差异。交叉验证的折由 scikit-learn 划分，与 TrainTab 的不同。',
    },
  },
  notices: {
    dismiss: '关闭',
  },
};

export default experiment;
