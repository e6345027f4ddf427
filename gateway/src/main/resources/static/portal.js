// Progressive enhancement only: every page works without this file. A browser that runs module scripts is one GOV.UK
// Frontend supports, so the classes its components and styles look for are set here rather than by an inline script
// (which a strict Content-Security-Policy would refuse).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
