// The page's script. The first screen comes drawn in the HTML (src/tools/prerender.ts), with its
// styles: once it is on screen, the app (main.tsx) loads and takes it over. Until then the quick
// exit and the phone numbers are plain links, which work without any script.
import './app/app.css';
import { afterFirstPaint } from './lib/paint';

afterFirstPaint(() => void import('./main'));
