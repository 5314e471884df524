import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';

/**
 * The baseline: the smallest bot on the same stack (botbuilder CloudAdapter + restify + JSON body parser),
 * unauthenticated like the bot under test, echoing each message. What it costs is the floor.
 */
export function createEchoServer(): Server {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  const server = restify.createServer({ handleUncaughtExceptions: false });
  // The same body handling as src/server.ts: JSON only, read with a size limit.
  server.use(restify.plugins.bodyReader({ maxBodySize: 256 * 1024 }));
  server.use(restify.plugins.jsonBodyParser({ mapParams: false, bodyReader: true }));
  server.post('/api/messages', async (req: Request, res: Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return server;
}
