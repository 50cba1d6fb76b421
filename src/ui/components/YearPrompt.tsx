import { Box, Text } from 'ink';
import { useState } from 'react';
import { readYear } from '../state/questions.js';
import { HelpLine } from './HelpLine.js';
import { Paragraph } from './Paragraph.js';
import { TextInput } from './TextInput.js';

/** "Start from last year's table": asks for the new year (next year offered), checked like the interview's year. */
export function YearPrompt({
  from,
  width,
  isActive,
  onSubmit,
  onCancel,
}: {
  from: number | null;
  width: number;
  isActive: boolean;
  onSubmit: (year: number) => void;
  onCancel: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <Box flexDirection="column">
      <Paragraph width={width} dim>
        {`以这份${from ? ` ${from} 年` : ''}的表为底稿建一份新草稿：项目、指标和文字都保留，年份改为新的年度（文字中的“${from ?? 'XXXX'}年”一并改好），然后重新检查。`}
      </Paragraph>
      <Box>
        <Text color="cyan">新的年度：</Text>
        <TextInput
          initial={from ? String(from + 1) : ''}
          isActive={isActive}
          width={Math.max(10, width - 12)}
          placeholder="例如 2026"
          onSubmit={(text) => {
            const year = readYear(text);
            if (year.ok) onSubmit(year.value);
            else setError(year.error);
          }}
          onKey={(_input, key) => key.escape && onCancel()}
        />
      </Box>
      {error ? (
        <Paragraph width={width} color="red">
          {error}
        </Paragraph>
      ) : null}
      <HelpLine
        keys={[
          ['回车', '建草稿并检查'],
          ['Esc', '取消'],
        ]}
        width={width}
      />
    </Box>
  );
}
