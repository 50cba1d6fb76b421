import { render, Text } from 'ink';

/** Temporary entry until the drafting app lands (issue 3). */
export async function runApp(): Promise<number> {
  const app = render(<Text>jixiao 交互界面开发中。请先使用 jixiao check。</Text>);
  app.unmount();
  return 0;
}
