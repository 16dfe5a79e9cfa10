import { checkPostBody } from '../src/lib/posts/body-check.ts';
const ctx = { file: 'f.mdx', format: 'mdx' as const, unitFolder: 'u', folderLabel: 'content/posts/u', assetExists: () => true, indicatorExists: () => true };
for (const b of ['<a href="jav&#x61;script&colon;alert(1)">x</a>', '<meta httpEquiv="refresh" content="0;url=https://evil.example" />', '<base href="https://evil.example/" />', '<svg onLoad="x" />', '<form action="https://e.example"></form>', '[x](/\\evil.example)'])
  console.log(JSON.stringify(b), checkPostBody(b, ctx).map((i) => i.message));
