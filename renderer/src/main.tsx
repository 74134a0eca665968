/**
 * Renderer entry: loads the texts of the start language (their own chunk), then mounts the app —
 * so the first paint is already in the right language, never empty or in the other one.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { loadMessages } from './messages/load.js';
import { useAssistantStore } from './store.js';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
void loadMessages(useAssistantStore.getState().language).then(() => {
  root.render(<StrictMode><App /></StrictMode>);
});
