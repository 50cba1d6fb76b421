import { basename, dirname } from 'node:path';
import { Box, Text } from 'ink';
import { HelpLine } from '../components/HelpLine.js';
import { Paragraph } from '../components/Paragraph.js';
import { TextInput } from '../components/TextInput.js';
import { Title } from '../components/Title.js';
import { useExport } from '../hooks/useExport.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useServices } from '../services.js';
import type { ScreenProps } from './props.js';
import { useKeys } from '../hooks/useKeys.js';
import { keyMatcher } from '../keys/bindings.js';

/** The folder all the files are in (they are written into one), or '' if they are not. */
function commonFolder(files: string[]): string {
  const folders = new Set(files.map((f) => dirname(f)));
  return folders.size === 1 ? [...folders][0] : '';
}

/** Asks for a folder, writes the Word, Excel, JSON and Markdown files there (each atomically) and shows their paths. */
export function ExportScreen({ state, dispatch, isActive }: ScreenProps<'export'>) {
  const { columns } = useTerminalSize();
  const services = useServices();
  const document = state.draft!.document!;
  const { phase, dir, files, error } = state.screen;
  const { fontBody, fontHeading } = state.settings;
  const start = useExport(document, dispatch, { fontBody, fontHeading });
  useKeys(
    (input, key) => {
      const is = keyMatcher(input, key);
      if (is('back')) dispatch({ type: 'back' });
      else if (is('confirm') && phase === 'failed') start(dir);
      else if (is('confirm') && phase === 'done') dispatch({ type: 'home' });
    },
    { isActive: isActive && (phase === 'done' || phase === 'failed') },
  );
  return (
    <Box flexDirection="column">
      <Title
        title={`导出：${document.unit.name} ${document.unit.year ?? ''}`}
        right="Word · Excel · JSON · Markdown"
        width={columns}
      />
      {phase === 'ask' ? (
        <>
          <Text>保存到哪个文件夹？（没有会自动创建；直接回车用下面的文件夹）</Text>
          <Box marginY={1}>
            <Text color="cyan">{'文件夹：'}</Text>
            <TextInput
              initial={dir || state.settings.exportDir || services.defaultExportDir()}
              isActive={isActive}
              width={columns - 8}
              onSubmit={start}
              onKey={(_input, key) => key.escape && dispatch({ type: 'back' })}
            />
          </Box>
          <HelpLine
            keys={[
              ['回车', '导出'],
              ['Ctrl+U', '清空'],
              ['Esc', '回到预览'],
              ['F1', '帮助'],
            ]}
            width={columns}
          />
        </>
      ) : null}
      {phase === 'writing' ? <Text color="cyan">{`正在写入 ${dir} …`}</Text> : null}
      {phase === 'done' ? (
        <>
          <Paragraph width={columns} color="green">
            {commonFolder(files) ? `已导出到 ${commonFolder(files)}：` : '已导出：'}
          </Paragraph>
          {files.map((f) => (
            <Paragraph key={f} width={columns} prefix="  ">
              {commonFolder(files) ? basename(f) : f}
            </Paragraph>
          ))}
          <Box marginTop={1} flexDirection="column">
            <Paragraph width={columns} dim>
              {`Word 和 Excel 文件按正式表格排版（字体：正文${fontBody}、标题${fontHeading}，可在设置中修改）；JSON 文件可以用 jixiao check 再次检查。草稿仍然保存着，可以随时在开始界面继续修改。`}
            </Paragraph>
          </Box>
          <HelpLine
            keys={[
              ['回车', '回到开始界面'],
              ['Esc', '回到开始界面'],
              ['?', '帮助'],
            ]}
            width={columns}
          />
        </>
      ) : null}
      {phase === 'failed' ? (
        <>
          <Paragraph width={columns} color="red">{`导出失败：${error ?? ''}`}</Paragraph>
          <Text>草稿没有受影响。</Text>
          <HelpLine
            keys={[
              ['回车', '重试'],
              ['Esc', '换一个文件夹'],
              ['?', '帮助'],
            ]}
            width={columns}
          />
        </>
      ) : null}
    </Box>
  );
}
