/** `npm run serve`: serves build/ (or BUILD_DIR) at PORT under BASE_URL, as a static host would. */
import path from 'node:path';
import {serveBuild} from '../support/server';

const buildDir = path.resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 3210);
const baseUrl = process.env.BASE_URL ?? '/';

void serveBuild({buildDir, port, baseUrl}).then(({origin}) => {
  console.log(`Serving ${buildDir} at ${origin}${baseUrl}`);
});
