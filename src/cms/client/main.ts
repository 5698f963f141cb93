/**
 * The editors' page script: Sveltia CMS from the npm package, bundled by the
 * build (src/integrations/cms-bundle.ts) with its Polish strings and fonts, so
 * nothing loads from another origin. The configuration comes from the page's
 * <link rel="cms-config-url">, generated from the schemas (src/cms/config.ts).
 */
import './polish.ts';
import CMS from '@sveltia/cms';

CMS.init();
