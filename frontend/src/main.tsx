import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { i18nReady } from '@/lib/i18n'
import { App } from '@/app/App'
import '@/app/app.css'

// Swedish is there at once; a remembered English first loads its strings (lib/i18n.ts).
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
