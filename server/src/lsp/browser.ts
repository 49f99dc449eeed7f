import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { BROWSER_ENVIRONMENT } from './environment';
import { startServer } from './server';

/** Web worker entry (dist/server/browser.js): the web extension talks to it through the worker's messages. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), BROWSER_ENVIRONMENT);
