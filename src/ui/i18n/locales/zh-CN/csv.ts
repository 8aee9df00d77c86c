import type { Translation } from '../../resource-types';
import type en from '../en/csv';

// Reading an uploaded CSV: the file, its rows and cells, the column to predict (src/data/csv-*).
const csv: Translation<typeof en> = {
  // 读取文件。
  unreadable: '无法把这个文件当作 CSV 读取。',
  'this-file': '这个文件',
  'named-file': '“{{name}}”',
  empty: '{{file}}是空的。',
  'not-csv': '{{file}}看起来不是 CSV 文件：{{reason}}',
  'not-csv-zip': '它像是 Excel 工作簿或 zip 压缩包。请把表格另存为 CSV 再上传。',
  'not-csv-utf16': '它像是 UTF-16 编码的文本。请另存为“CSV UTF-8”格式再上传。',
  'not-csv-binary': '它包含二进制数据（是图片还是电子表格？）。请把数据导出为 CSV 再上传。',
  'not-csv-json': '它像是 JSON 文档。请先把它转换成带一行表头的 CSV。',
  'not-csv-html': '它像是 HTML 或 XML 文档。请把数据导出为 CSV 再上传。',
  'unclosed-quote': '文件中有一个带引号的字段没有正确闭合。请检查其中的 " 号。',
  'unclosed-quote-row': '第 {{row}} 行有一个带引号的字段没有正确闭合。请检查其中的 " 号。',
  'too-big':
    '文件大小为 {{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} MB，上限是 {{limit, number}} MB。',
  'too-many-rows': '文件有 {{rows, number}} 行数据，上限是 {{limit, number}} 行。',
  'too-many-columns': '文件有 {{columns, number}} 列，上限是 {{limit, number}} 列。',
  'reader-failed':
    'CSV 读取器没能加载（是不是离线了，或者应用刚更新过？）：{{reason}}。请重新选择文件再试一次，或刷新页面。',
  // 表头。
  'header-is-data': '第一行看起来是数据，而不是列名。请添加一行表头，为每一列命名。',
  'blank-name': '{{column}}没有列名。',
  'duplicate-name': '{{columns}}都叫“{{name}}”。',
  'unique-names': '请在表头中给每一列起一个不重复的名字。',
  'column-label': '第 {{number}} 列（{{letter}}）',
  // 数据行与单元格。
  'no-data-rows': '文件只有表头，没有数据行。',
  ragged: '第 {{row}} 行有 {{fields}}，但表头有 {{columns}}。',
  'other-rows-ragged_other': '另外还有 {{count, number}} 行也对不上。',
  'not-a-number': '第 {{row}} 行“{{column}}”列：“{{value}}”不是数字。',
  'not-finite': '第 {{row}} 行“{{column}}”列：“{{value}}”不是有限的数字。',
  'other-non-numbers_other': '数值列中另外还有 {{count, number}} 个单元格也不是数字。',
  'fix-cells_other': '请改正，或者把单元格留空，表示缺失值。',
  // 用选定的目标构建数据集。
  'build-failed': '无法用这个文件构建数据集。',
  'no-such-column': '没有名为“{{column}}”的列。',
  'no-rows': '文件中没有数据行。',
  'only-column': '“{{column}}”是唯一的一列，没有可供学习的特征。请至少再添加一列。',
  'empty-column': '“{{column}}”列在所有行中都没有值。请把它从文件中删除。',
  'text-target':
    '“{{column}}”列是文本（例如“{{example}}”），不能作为回归的目标。请选择分类，或换一个数值列作为目标。',
  'few-rows_other': '文件只有 {{count, number}} 行数据，至少需要 {{min}} 行。',
  'few-rows-left_other':
    '删除 {{dropped}}含缺失值的数据后，只剩 {{count, number}} 行，至少需要 {{min}} 行。',
  'try-filling': '可以试试填充缺失值，而不是删除这些行。',
  'too-many-features':
    '独热编码会产生 {{features, number}} 个特征（仅“{{column}}”一列就有 {{categories}}），上限是 {{limit, number}} 个。请删除 ID 列或自由文本列。',
  'one-class': '目标列“{{column}}”只有一个类别（“{{value}}”），分类至少需要两个类别。',
  'too-many-classes':
    '目标列“{{column}}”有 {{values, number}} 个不同的值，分类最多允许 {{limit}} 个类别。',
  'choose-regression': '请改用回归。',
  // 构建好的数据集。
  summary: '{{rows}}，{{features}}，{{classes}} 个类别（{{names}}），目标：{{target}}',
  'summary-regression': '{{rows}}，{{features}}，目标：{{target}}（回归）',
  // 句中的计数与列表。
  fields_other: '{{count, number}} 个字段',
  columns_other: '{{count, number}} 列',
  rows_other: '{{count, number}} 行',
  features_other: '{{count, number}} 个特征',
  categories_other: '{{count, number}} 个类别',
  'and-list': '{{item}}和{{rest}}',
  list: '{{item}}、{{rest}}',
  'list-more': '{{item}}，另有 {{more}} 个',
  sentences: '{{first}}{{then}}',
};

export default csv;
