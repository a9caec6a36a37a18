/** The media's own texts, in the media chunk rather than in every language's table of the main bundle. */
export interface MediaTexts {
  media: string;
  imageOf: string;
  enlarge: string;
  largeView: string;
  imageFailed: string;
  zoomIn: string;
  zoomOut: string;
  actualFit: string;
  close: string;
  previous: string;
  next: string;
  viewerHint: string;
  openLink: string;
  credit: string;
  iiifLoading: string;
  iiifFailed: string;
  notIiifImage: string;
  manifestLoading: string;
  manifestFailed: string;
  notManifest: string;
  pagesOf: string;
  openPage: string;
  rights: string;
}

const en: MediaTexts = {
  media: 'Pictures and recordings',
  imageOf: 'Image: {title}',
  enlarge: 'Enlarge: {alt}',
  largeView: 'Large view: {alt}',
  imageFailed: 'The image could not be loaded.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  actualFit: 'Fit',
  close: 'Close',
  previous: 'Previous image',
  next: 'Next image',
  viewerHint: 'Scroll, pinch, + and − to zoom; drag or the arrow keys to move; Escape closes.',
  openLink: 'Open (new tab)',
  credit: 'Credit',
  iiifLoading: 'Loading the image…',
  iiifFailed: 'The image could not be loaded: {reason}.',
  notIiifImage: 'this address is not a IIIF image service',
  manifestLoading: 'Loading the document…',
  manifestFailed: 'The document could not be loaded: {reason}.',
  notManifest: 'this address is not a IIIF manifest',
  pagesOf: 'Pages: {label}',
  openPage: 'Open page: {label}',
  rights: 'Rights',
};

const ru: MediaTexts = {
  media: 'Изображения и записи',
  imageOf: 'Изображение: {title}',
  enlarge: 'Увеличить: {alt}',
  largeView: 'Крупный вид: {alt}',
  imageFailed: 'Изображение не удалось загрузить.',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  actualFit: 'Целиком',
  close: 'Закрыть',
  previous: 'Предыдущее изображение',
  next: 'Следующее изображение',
  viewerHint: 'Колесо, щипок, + и − меняют масштаб; перетаскивание и стрелки двигают; Escape закрывает.',
  openLink: 'Открыть (в новой вкладке)',
  credit: 'Источник',
  iiifLoading: 'Изображение загружается…',
  iiifFailed: 'Изображение не удалось загрузить: {reason}.',
  notIiifImage: 'по этому адресу нет службы изображений IIIF',
  manifestLoading: 'Документ загружается…',
  manifestFailed: 'Документ не удалось загрузить: {reason}.',
  notManifest: 'по этому адресу нет манифеста IIIF',
  pagesOf: 'Страницы: {label}',
  openPage: 'Открыть страницу: {label}',
  rights: 'Права',
};

const zh: MediaTexts = {
  media: '图片与录音录像',
  imageOf: '图片：{title}',
  enlarge: '放大：{alt}',
  largeView: '大图：{alt}',
  imageFailed: '无法加载图片。',
  zoomIn: '放大',
  zoomOut: '缩小',
  actualFit: '适合窗口',
  close: '关闭',
  previous: '上一张图片',
  next: '下一张图片',
  viewerHint: '滚轮、双指、+ 和 − 缩放；拖动或方向键移动；Esc 关闭。',
  openLink: '打开（新标签页）',
  credit: '来源',
  iiifLoading: '正在加载图片…',
  iiifFailed: '无法加载图片：{reason}。',
  notIiifImage: '此地址不是 IIIF 图像服务',
  manifestLoading: '正在加载文档…',
  manifestFailed: '无法加载文档：{reason}。',
  notManifest: '此地址不是 IIIF 清单',
  pagesOf: '页面：{label}',
  openPage: '打开页面：{label}',
  rights: '权利',
};

const TABLES: Record<string, MediaTexts> = { en, ru, zh };

/** The texts for a locale ("ru-RU", "zh-CN"): English for a language without a table. */
export const mediaTexts = (locale: string): MediaTexts => TABLES[locale.split('-')[0].toLowerCase()] ?? en;

