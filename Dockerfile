# Production image: the compiled API and CLI, production dependencies only.
# The embedded PostgreSQL is not used here: DATABASE_URL points at the compose `db` service.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts are not needed in the image: argon2 ships prebuilt binaries and the
# embedded PostgreSQL (whose script links its libraries) never runs here.
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/var/lib/kntc
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir -p /var/lib/kntc && chown node:node /var/lib/kntc
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Migrations are an explicit, logged step before the API starts.
CMD ["sh", "-c", "node dist/apps/cli/apps/cli/src/main.js migrate && exec node dist/apps/api/apps/api/src/main.js"]
