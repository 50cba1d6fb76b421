import { Box, Text } from 'ink';
import type { ReviewModel } from '../hooks/useReviewModel.js';
import { wrapText } from '../text/wrap.js';
import { Paragraph } from './Paragraph.js';
import { TextInput } from './TextInput.js';

/** Rows the panel takes at this width (the review screen gives the rest to the grid). */
export function modelPanelHeight(model: ReviewModel, width: number): number {
  const note = model.note ? Math.min(2, wrapText(model.note, Math.max(10, width)).length) : 0;
  return note + (model.busy ? 1 : 0) + (model.prompting ? 2 : 0);
}

/** Under the review grid: the model's reason for the selected row, a call in progress, or the rewrite prompt. */
export function ModelPanel({
  model,
  width,
  isActive,
}: {
  model: ReviewModel;
  width: number;
  isActive: boolean;
}) {
  const note = model.note ? wrapText(model.note, Math.max(10, width)) : [];
  return (
    <Box flexDirection="column">
      {note.slice(0, 2).map((line, i) => (
        <Text key={i} color="magenta">
          {i === 1 && note.length > 2 ? `${line.slice(0, -1)}…` : line}
        </Text>
      ))}
      {model.busy ? (
        <Text color="cyan">{`${model.busy.label}……${model.busy.received ? `已收到 ${model.busy.received} 字` : '等待回复'}  （Esc 取消）`}</Text>
      ) : null}
      {model.prompting ? (
        <>
          <Paragraph width={width} color="cyan">
            改写要求（可留空：使它更具体、可衡量）。回车发送，Esc 取消：
          </Paragraph>
          <TextInput
            isActive={isActive}
            width={width}
            placeholder="例如：改成可考核的合格率"
            onSubmit={model.submitRewrite}
            onKey={(_input, key) => key.escape && model.closePrompt()}
          />
        </>
      ) : null}
    </Box>
  );
}
