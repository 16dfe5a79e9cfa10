import rss from '@astrojs/rss';
const r = await rss({ title: 'T <b>&', description: 'D', site: 'https://x.vn', items: [{ title: '<img src=x onerror=alert(1)>', link: '/a/', description: 'S <img src=x onerror=alert(1)> & ]]>', categories: ['<c>'], pubDate: new Date() }], customData: '<language>vi</language>' });
console.log(await r.text());
