// A test server standing in for Google Sheets (and for servers that answer CSV without a .csv address).
// A web-test-runner (Koa) middleware; loopback clients only.
//
//   /spreadsheets/d/<id>/pub?output=csv[&gid=N]   as Google answers a sheet's published CSV:
//       published, e/2PACX-published   text/csv, a sheet whose one event is titled "Sheet N" ("first" without gid)
//       unpublished                    200 text/html, Google's sign-in page
//       redirected                     302 to a sign-in page elsewhere on the server
//       missing                        404 text/html
//   /tables/answer?type=csv|tsv|plain&rows=ours|template   a spreadsheet at an address that does not say so
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const SIGN_IN =
  '<!DOCTYPE html><html lang="en"><head><title>Google Sheets: Sign-in</title></head>' +
  '<body><form action="/accounts/signin"><p>Sign in to continue to Sheets</p></form></body></html>';

const sheet = (gid) => `Year,Month,Day,Headline,Text,Type\r\n,,,A published sheet,From the test server,title\r\n1945,7,1,Sheet ${gid ?? 'first'},,\r\n`;

const ROWS = {
  ours: 'id,date,kind,title\r\nserved,1945-07-01,cable,A spreadsheet served\r\n',
  template: 'Year,Month,Day,Headline\r\n1945,7,1,A template row served\r\n',
};
const TYPES = { csv: 'text/csv; charset=utf-8', tsv: 'text/tab-separated-values', plain: 'text/plain' };

export async function googleSheets(context, next) {
  const { path } = context;
  const sheetRoute = /^\/spreadsheets\/d\/(e\/)?([\w-]+)\/pub$/.exec(path);
  if (!sheetRoute && path !== '/tables/answer' && path !== '/accounts/signin') return next();
  if (!LOOPBACK.has(context.ip)) {
    context.status = 403;
    return undefined;
  }
  if (path === '/accounts/signin') {
    context.type = 'text/html';
    context.body = SIGN_IN;
    return undefined;
  }
  if (path === '/tables/answer') {
    const type = context.query.type ?? 'csv';
    const rows = ROWS[context.query.rows ?? 'ours'];
    context.type = TYPES[type];
    context.body = type === 'tsv' ? rows.replace(/,/g, '\t') : rows;
    return undefined;
  }
  const id = sheetRoute[2];
  if (id.endsWith('published') && !id.startsWith('unpublished') && context.query.output === 'csv') {
    context.type = 'text/csv; charset=utf-8';
    context.body = sheet(context.query.gid);
  } else if (id === 'redirected') {
    context.redirect('/accounts/signin?continue=sheet');
  } else if (id === 'missing') {
    context.status = 404;
    context.type = 'text/html';
    context.body = '<!DOCTYPE html><html><body>Sorry, unable to open the file at this time.</body></html>';
  } else {
    context.type = 'text/html';
    context.body = SIGN_IN;
  }
  return undefined;
}
