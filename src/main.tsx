import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
// Leaflet's styles first, so that ours, which override some of them, come later in the cascade.
import 'leaflet/dist/leaflet.css';
import './styles.css';

// A transition lets React render the first view in short slices, so the page stays responsive
// while the prerendered text is replaced by the app.
startTransition(() => createRoot(document.getElementById('root')!).render(<App />));
