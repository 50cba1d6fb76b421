import { Box, Text } from 'ink';
import { HelpLine } from '../components/HelpLine.js';
import { Paragraph } from '../components/Paragraph.js';
import { TextInput } from '../components/TextInput.js';
import { Title } from '../components/Title.js';
import { useFileRead } from '../hooks/useFileRead.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { ScreenProps } from './props.js';

const FORMATS =
  '支持 Word（.docx / .doc / .wps）、Excel（.xlsx / .xls / .et）、PDF（有文字的，扫描件不行）、从 Word/WPS 复制出的文本（.txt / .md）和 jixiao 的 JSON 文档。可以把文件拖进终端窗口。';

/**
 * Asks for a file (typed, pasted or dragged into the terminal): to check or import, or (`previous`)
 * last year's tables that the draft's indicators start from.
 */
export function OpenFileScreen({ state, dispatch, isActive }: ScreenProps<'open-file'>) {
  const { columns } = useTerminalSize();
  const { busy, error, previous } = state.screen;
  const read = useFileRead(dispatch, previous ? 'last-year' : 'check');
  return (
    <Box flexDirection="column">
      <Title title={previous ? '导入去年的表作参考' : '打开文件检查或导入'} width={columns} />
      {previous ? (
        <Paragraph width={columns}>
          去年报过的项目支出绩效目标表（或自评表）：起草时，同名的项目先用去年的指标，没有同名的就参考同类项目的；年份改为今年，资金用途里写了今年数量的按今年更新，成本按今年的预算。
        </Paragraph>
      ) : null}
      <Paragraph width={columns} dim>
        {FORMATS}
      </Paragraph>
      <Box marginY={1}>
        <Text color="cyan">{'文件：'}</Text>
        <TextInput
          isActive={isActive && !busy}
          width={columns - 6}
          placeholder="例如 ~/文档/2025年项目支出绩效目标表.docx"
          onSubmit={read}
          onKey={(_input, key) => key.escape && dispatch(previous ? { type: 'back' } : { type: 'home' })}
        />
      </Box>
      {busy ? <Text color="cyan">{previous ? '正在读取…' : '正在读取并检查…'}</Text> : null}
      {error ? (
        <Paragraph width={columns} color="red">
          {error}
        </Paragraph>
      ) : null}
      <HelpLine
        keys={[
          ['回车', previous ? '导入' : '检查'],
          ['Esc', previous ? '回到核对答案' : '返回'],
          ['F1', '帮助'],
        ]}
        width={columns}
      />
    </Box>
  );
}
