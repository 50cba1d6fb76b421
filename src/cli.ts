import { Command, Option } from 'commander';
import { version } from '../package.json';
import { reportFatal } from './commands/fatal.js';

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
  .showHelpAfterError('（用 jixiao --help 查看用法）');

program
  .command('check')
  .description('检查绩效目标表（.json / .txt / .md / .docx / .xlsx），报告审核人员会退回的问题')
  .argument('<files...>', '要检查的文件')
  .addOption(new Option('--format <format>', '输出格式').choices(['text', 'json']).default('text'))
  .addOption(new Option('--framework <framework>', '指标体系').choices(['local', 'central-2021']))
  .action(async (files: string[], options) => {
    const { runCheck } = await import('./commands/check.js');
    process.exitCode = await runCheck(files, options);
  });

program.action(async () => {
  const { runInteractive } = await import('./commands/interactive.js');
  process.exitCode = await runInteractive();
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFatal(error, program.opts().debug === true);
}
