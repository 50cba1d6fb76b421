import { Command, Option } from 'commander';
import { version } from '../package.json';
import { reportFatal } from './commands/fatal.js';
import { chineseUsageError } from './commands/usage-errors.js';

/**
 * Argument parsing only. Each command's module is imported when that command runs, so
 * `--version` and `check` never load Ink, openai, docx or exceljs.
 */
const program = new Command()
  .name('jixiao')
  .description('绩效：预算绩效目标表的起草与检查（无参数时打开交互界面）')
  .version(version, '-v, --version', '显示版本号')
  .helpOption('-h, --help', '显示帮助')
  .option('--debug', '出错时显示技术细节（堆栈）')
  .addHelpCommand(false)
  .configureOutput({ outputError: (text, write) => write(chineseUsageError(text)) })
  // A usage error (missing file, unknown option) exits 2 like every "cannot do that"; 1 means errors found.
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
  .showHelpAfterError('（用 jixiao --help 查看用法）');

program
  .command('check')
  .description(
    '检查绩效目标表（.docx / .doc / .wps / .xlsx / .xls / .et / .pdf / .txt / .md / .json），报告审核人员会退回的问题',
  )
  .argument('<files...>', '要检查的文件或文件夹（文件夹中的文件全部检查）')
  .addOption(new Option('--format <format>', '输出格式').choices(['text', 'json']).default('text'))
  .addOption(new Option('--framework <framework>', '指标体系').choices(['local', 'central-2021']))
  .option('--report <file>', '另存汇总表（.xlsx）：全部问题一张表，按文件、按规则统计一张表')
  .action(async (files: string[], options) => {
    const { runCheckCommand } = await import('./commands/check-folder.js');
    process.exitCode = await runCheckCommand(files, options);
  });

program
  .command('draft')
  .description('按答卷文件起草绩效目标表（默认使用已配置的模型，--offline 用内置指标库）')
  .requiredOption('--answers <file>', '答卷文件（JSON，见 schemas/answers.schema.json）')
  .option('--offline', '只用内置指标库，不调用模型')
  .option('-o, --output <file>', '输出文档（JSON）；省略时写到标准输出')
  .option('--force', '输出文件只读时也覆盖')
  .option('--model <model>', '临时指定模型')
  .option('--provider <provider>', '临时指定模型服务商')
  .option(
    '--previous <path>',
    '去年的绩效目标表，文件或文件夹（Word、Excel、PDF、文本或 JSON；可给多次）：同名或同类项目先用其中的指标',
    (file: string, files: string[] | undefined) => [...(files ?? []), file],
  )
  .action(async (options) => {
    const { runDraft } = await import('./commands/draft.js');
    process.exitCode = await runDraft(options);
  });

program
  .command('import')
  .description('把已有的表格（.txt / .md / .docx / .doc / .xlsx / .xls / .pdf）转换为 jixiao 文档（JSON）')
  .argument('<file>', '要导入的文件')
  .option('-o, --output <file>', '输出文档（JSON）；省略时写到标准输出')
  .option('--force', '输出文件只读时也覆盖')
  .option('--explain', '逐行说明原表每一行读到了哪张表、哪一栏，或为什么没有导入')
  .action(async (file: string, options) => {
    const { runImport } = await import('./commands/import.js');
    process.exitCode = await runImport(file, options);
  });

program
  .command('export')
  .description('把 jixiao 文档导出为 Word / Excel / Markdown / JSON')
  .argument('<document>', 'jixiao 文档（JSON）')
  .addOption(
    new Option('--to <format>', '导出格式').choices(['docx', 'xlsx', 'md', 'json']).makeOptionMandatory(),
  )
  .option('-o, --output <file>', '输出文件')
  .option('--force', '输出文件只读时也覆盖')
  .action(async (file: string, options) => {
    const { runExport } = await import('./commands/export.js');
    process.exitCode = await runExport(file, options);
  });

program
  .command('selfeval')
  .description('由目标表和实际完成情况生成并评分项目支出绩效自评表')
  .requiredOption('--target <file>', '年度绩效目标文档（JSON）')
  .requiredOption('--actuals <file>', '实际完成情况（JSON）')
  .option('-o, --output <file>', '输出文档（JSON）；省略时写到标准输出')
  .option('--force', '输出文件只读时也覆盖')
  .action(async (options) => {
    const { runSelfeval } = await import('./commands/selfeval.js');
    process.exitCode = await runSelfeval(options);
  });

program
  .command('config')
  .description('查看或修改设置：config list | get 键 | set 键 [值] | unset 键 | path')
  .argument('<action>', 'list、get、set、unset 或 path')
  .argument('[key]', '设置项，例如 llm.provider')
  .argument('[value]', '新值')
  .action(async (action: string, key: string | undefined, value: string | undefined) => {
    const { runConfig } = await import('./commands/config.js');
    process.exitCode = await runConfig(action, key, value);
  });

program
  .command('doctor')
  .description('检查模型配置并发送一次极小的请求，说明如何解决问题')
  .action(async () => {
    const { runDoctor } = await import('./commands/doctor.js');
    process.exitCode = await runDoctor();
  });

program.action(async () => {
  const { runInteractive } = await import('./commands/interactive.js');
  process.exitCode = await runInteractive();
});

// Output that cannot be written — a full disk behind `>`, a pipe closed early (`| head`) — ends
// the command with a message (quietly for a closed pipe), never an "Unhandled 'error' event".
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(
    `错误：无法输出结果（${error.code === 'ENOSPC' ? '磁盘空间不足' : error.message}）。请清理磁盘，或用 -o 写到其他位置。\n`,
  );
  process.exit(2);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFatal(error, program.opts().debug === true);
}
