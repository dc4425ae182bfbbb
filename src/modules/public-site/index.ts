// The public-site module's public face: other modules import from here only.
export { htmlErrorHandler, registerPublicErrorHandlers, renderErrorPage } from './public-error-handler.ts';
export { addAssetGlobals, assetHref } from './assets.ts';
export { publicSiteViewsDir, registerPublicAssets, registerPublicSiteRoutes } from './public-site.routes.ts';
export { quickExitPath, quickExitUrl } from './quick-exit.ts';
export { youSaidWeDidPaths, type YouSaidWeDidSource } from './you-said-we-did.routes.ts';
export {
  availableLocales,
  defaultLocale,
  textDirection,
  translate,
  translateLabel,
  translateSource,
} from './i18n/catalogue.ts';
export {
  explicitLocale,
  registerLocale,
  replyLocale,
  requestedLocale,
  setReplyLocale,
  withLang,
  type LocaleOptions,
} from './i18n/locale.ts';
export { pseudoLocale } from './i18n/pseudo.ts';
export { addTranslationGlobals } from './i18n/views.ts';
