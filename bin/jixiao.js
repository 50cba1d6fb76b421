#!/usr/bin/env node
// React and Ink load their production builds (several times faster to start) unless told otherwise.
process.env.NODE_ENV ??= 'production';
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    console.error('jixiao 尚未构建：请先在项目目录运行 npm install（会自动构建）。');
    process.exit(2);
  }
  throw error;
});
