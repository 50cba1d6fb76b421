import { Box, Text } from 'ink';
import { HelpLine } from '../components/HelpLine.js';
import { Paragraph } from '../components/Paragraph.js';
import { TextInput } from '../components/TextInput.js';
import { Title } from '../components/Title.js';
import { useFileCheck } from '../hooks/useFileCheck.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { ScreenProps } from './props.js';

/** Asks for a file (typed, pasted or dragged into the terminal) to check or import. */
export function OpenFileScreen({ state, dispatch, isActive }: ScreenProps<'open-file'>) {
  const { columns } = useTerminalSize();
  const check = useFileCheck(dispatch);
  const { busy, error } = state.screen;
  return (
    <Box flexDirection="column">
      <Title title="打开文件检查或导入" width={columns} />
      <Paragraph width={columns} dim>
        支持 Word（.docx / .doc / .wps）、Excel（.xlsx / .xls / .et）、PDF（有文字的，扫描件不行）、从
        Word/WPS 复制出的文本（.txt / .md）和 jixiao 的 JSON 文档。可以把文件拖进终端窗口。
      </Paragraph>
      <Box marginY={1}>
        <Text color="cyan">{'文件：'}</Text>
        <TextInput
          isActive={isActive && !busy}
          width={columns - 6}
          placeholder="例如 ~/文档/2025年项目支出绩效目标表.docx"
          onSubmit={check}
          onKey={(_input, key) => key.escape && dispatch({ type: 'home' })}
        />
      </Box>
      {busy ? <Text color="cyan">正在读取并检查…</Text> : null}
      {error ? (
        <Paragraph width={columns} color="red">
          {error}
        </Paragraph>
      ) : null}
      <HelpLine
        keys={[
          ['回车', '检查'],
          ['Esc', '返回'],
          ['F1', '帮助'],
        ]}
        width={columns}
      />
    </Box>
  );
}
