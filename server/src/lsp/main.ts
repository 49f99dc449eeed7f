import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { NODE_ENVIRONMENT } from './nodeEnvironment';
import { startServer } from './server';

/**
 * Node entry of the language server (dist/server/server.js, and `govreport lsp --stdio`). The transport comes from
 * the process arguments: --stdio, --node-ipc (as the VS Code client starts it) or --socket=N.
 */
startServer(createConnection(ProposedFeatures.all), NODE_ENVIRONMENT);
