import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ErrorEnvelopeDto } from './error-envelope';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('KNTC engine API')
    .setDescription(
      'Workflow engine for citizen complaints (khiếu nại), denunciations (tố cáo) and petitions/feedback ' +
        '(kiến nghị, phản ánh) under Vietnamese law. Every error uses the envelope ' +
        '`{ "error": { "code", "message", "details", "requestId" } }`; messages are Vietnamese, codes are stable.',
    )
    .setVersion('0.1.0')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: 'Access token from POST /auth/login.',
    })
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [ErrorEnvelopeDto] });
}

/** Swagger UI at /docs and the document at /docs-json. */
export function mountOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
    yamlDocumentUrl: 'docs-yaml',
    customSiteTitle: 'KNTC engine API',
  });
}
