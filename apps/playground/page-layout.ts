// The header, service navigation and footer every page of the playground shares. Pages mark
// where they go with `<!-- layout:header current="<page id>" -->` and `<!-- layout:footer -->`;
// this Vite plugin writes them in at build and dev time, so the pages cannot drift apart.
import type { Plugin } from 'vite';

/** A link of the service navigation; `id` names a page of this app, if it is one. */
interface NavigationLink {
  readonly id?: string;
  readonly href: string;
  readonly label: string;
}

/** The navigation, in order. Links without `id` lead out of the playground. */
export const navigation: readonly NavigationLink[] = [
  { id: 'calculator', href: './', label: 'Household calculator' },
  { id: 'validate', href: 'validate.html', label: 'Check a publiccode.yml' },
  { href: 'docs/', label: 'Documentation' },
  { href: 'api/openapi.json', label: 'Web API (OpenAPI)' },
];

const headerMarker = /<!-- layout:header current="([a-z-]+)" -->/;
const footerMarker = '<!-- layout:footer -->';

/** The header and service navigation with the page `current` marked as the one shown. */
export function header(current: string): string {
  if (!navigation.some((link) => link.id === current)) throw new Error(`page-layout: no page '${current}' in the navigation.`);
  const items = navigation.map((link) =>
    link.id === current
      ? `<li class="govuk-service-navigation__item govuk-service-navigation__item--active">
                <a class="govuk-service-navigation__link" href="${link.href}" aria-current="page"><strong class="govuk-service-navigation__active-fallback">${link.label}</strong></a>
              </li>`
      : `<li class="govuk-service-navigation__item">
                <a class="govuk-service-navigation__link" href="${link.href}">${link.label}</a>
              </li>`,
  );
  return `<header class="govuk-generic-header">
      <div class="govuk-generic-header__container govuk-width-container">
        <div class="govuk-generic-header__logo">
          <a href="./" class="govuk-generic-header__homepage-link">civicblocks</a>
        </div>
      </div>
    </header>

    <section aria-label="Service information" class="govuk-service-navigation" data-module="govuk-service-navigation">
      <div class="govuk-width-container">
        <div class="govuk-service-navigation__container">
          <span class="govuk-service-navigation__service-name">
            <a href="./" class="govuk-service-navigation__link">Tax and benefit playground</a>
          </span>
          <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
            <button type="button" class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle" aria-controls="navigation" hidden aria-hidden="true">Menu</button>
            <ul class="govuk-service-navigation__list" id="navigation">
              ${items.join('\n              ')}
            </ul>
          </nav>
        </div>
      </div>
    </section>`;
}

/** The footer with the support links. */
export const footer = `<footer class="govuk-footer">
      <div class="govuk-width-container">
        <div class="govuk-footer__meta">
          <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 class="govuk-visually-hidden">Support links</h2>
            <ul class="govuk-footer__inline-list">
              <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="docs/">Documentation</a></li>
              <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="api/openapi.json">OpenAPI description</a></li>
            </ul>
            <span class="govuk-footer__licence-description">civicblocks is open source under the MIT licence. Built with GOV.UK Frontend and Chart.js.</span>
          </div>
        </div>
      </div>
    </footer>`;

/** Writes the shared header and footer into each page; a page without its markers is an error. */
export function pageLayout(): Plugin {
  return {
    name: 'civicblocks-page-layout',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const match = headerMarker.exec(html);
        if (match?.[1] === undefined || !html.includes(footerMarker)) {
          throw new Error(`page-layout: ${context.filename} needs <!-- layout:header current="…" --> and ${footerMarker}.`);
        }
        return html.replace(match[0], header(match[1])).replace(footerMarker, footer);
      },
    },
  };
}
