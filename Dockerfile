# citebot: a multi-stage image. The first stage type-checks with the dev tools; the
# final stage holds only production dependencies and runs as the unprivileged "node" user.
FROM node:20-bookworm-slim AS check
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
COPY commands ./commands
COPY scripts ./scripts
COPY test ./test
RUN npm run typecheck

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HEALTH_FILE=/tmp/citebot.health
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json tsconfig.json ./
COPY --chown=node:node src ./src
COPY --chown=node:node commands ./commands
COPY --chown=node:node scripts ./scripts
# The corpus: mount your own over /app/seeds to change it, then /reload or send SIGHUP.
COPY --chown=node:node seeds ./seeds
# The question log (DATABASE_URL's default data/citebot.db): mount a volume here to keep it.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
# Healthy while the bot is connected to Discord: the file is refreshed every 15 s.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "const s=require('fs').statSync(process.env.HEALTH_FILE);process.exit(Date.now()-s.mtimeMs<60000?0:1)"
# Without DISCORD_TOKEN the bot would open the local console; in a container, pass it with --env-file.
CMD ["node", "--import", "tsx", "src/main.ts"]
