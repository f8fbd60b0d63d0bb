/**
 * The claims of an LTI 1.3 id_token that Candystorm reads (IMS LTI Core 1.3, Deep Linking 2.0,
 * Assignment and Grade Services 2.0), checked with zod after the signature has been verified.
 */
import { z } from 'zod';

export const CLAIM = {
  messageType: 'https://purl.imsglobal.org/spec/lti/claim/message_type',
  version: 'https://purl.imsglobal.org/spec/lti/claim/version',
  deploymentId: 'https://purl.imsglobal.org/spec/lti/claim/deployment_id',
  targetLinkUri: 'https://purl.imsglobal.org/spec/lti/claim/target_link_uri',
  roles: 'https://purl.imsglobal.org/spec/lti/claim/roles',
  context: 'https://purl.imsglobal.org/spec/lti/claim/context',
  resourceLink: 'https://purl.imsglobal.org/spec/lti/claim/resource_link',
  custom: 'https://purl.imsglobal.org/spec/lti/claim/custom',
  launchPresentation: 'https://purl.imsglobal.org/spec/lti/claim/launch_presentation',
  ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  deepLinkingData: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
  contentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
} as const;

export const AGS_SCORE_SCOPE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';

const text = z.string().min(1).max(1000);
const url = z.url().max(2000);

/** What every launch carries. */
const baseClaims = z.object({
  sub: z.string().min(1).max(255).optional(),
  locale: z.string().max(35).optional(),
  name: z.string().max(200).optional(),
  given_name: z.string().max(200).optional(),
  family_name: z.string().max(200).optional(),
  [CLAIM.version]: z.literal('1.3.0'),
  [CLAIM.deploymentId]: text,
  [CLAIM.roles]: z.array(z.string().max(500)).max(50).default([]),
  [CLAIM.context]: z.object({ id: text, title: z.string().max(500).optional(), label: z.string().max(500).optional() }).optional(),
  [CLAIM.custom]: z.record(z.string(), z.unknown()).optional(),
});

export const resourceLinkClaims = baseClaims.extend({
  sub: z.string().min(1).max(255),
  [CLAIM.messageType]: z.literal('LtiResourceLinkRequest'),
  [CLAIM.resourceLink]: z.object({ id: text, title: z.string().max(500).optional() }),
  [CLAIM.ags]: z.object({ scope: z.array(z.string()).default([]), lineitem: url.optional(), lineitems: url.optional() }).optional(),
});

export const deepLinkingClaims = baseClaims.extend({
  [CLAIM.messageType]: z.literal('LtiDeepLinkingRequest'),
  [CLAIM.deepLinkingSettings]: z.object({
    deep_link_return_url: url,
    accept_types: z.array(z.string()).default([]),
    accept_multiple: z.boolean().optional(),
    data: z.string().max(4000).optional(),
  }),
});

export type ResourceLinkClaims = z.output<typeof resourceLinkClaims>;
export type DeepLinkingClaims = z.output<typeof deepLinkingClaims>;

/** Membership roles that make a platform user a trainer of the context's class. */
const INSTRUCTOR_ROLES = /^http:\/\/purl\.imsglobal\.org\/vocab\/lis\/v2\/membership(?:#(?:Instructor|Administrator|ContentDeveloper)|\/Instructor#)/;

export function isInstructor(roles: readonly string[]): boolean {
  return roles.some((role) => INSTRUCTOR_ROLES.test(role));
}
