import { z } from 'zod';
import { httpUrlSchema, isoDateSchema, nameSchema, slugIdSchema, TEXT_LIMITS, textSchema, titleSchema } from './common.ts';
import { checkUrl } from '../../text/safe-url.ts';
import { siteEnglishSchema } from './site-english.ts';

const contactSchema = z.object({
  name: nameSchema,
  /** Job title of the person, or the parent body of an agency. */
  title: nameSchema.optional(),
  address: nameSchema.optional(),
  // Written into a tel: link (telHref): digits with the usual separators, never a scheme or markup.
  phone: z
    .string({ error: 'cần một số điện thoại, ví dụ "0204 3854 321"' })
    .regex(/^\s*\+?[\d\s.()-]*\d[\d\s.()-]*$/, { message: 'cần một số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, dấu gạch, dấu ngoặc và dấu + ở đầu, ví dụ "0204 3854 321"' })
    .max(TEXT_LIMITS.name, { message: `dài quá giới hạn ${TEXT_LIMITS.name} ký tự` })
    .optional(),
  email: z.email({ error: 'cần một địa chỉ thư điện tử, ví dụ vanthu@bacgiang.gov.vn' }).optional(),
  /** True while the contact details are placeholders. */
  demo: z.boolean().default(false),
});

/** A GitHub account name, without its "@" (logins are compared ignoring case). */
const githubLoginSchema = z
  .string({ error: 'cần tên một tài khoản GitHub, ví dụ "nguyenvana"' })
  .regex(/^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, { message: 'cần tên một tài khoản GitHub (chữ, số, dấu "-"), ví dụ "nguyenvana"' });

/**
 * `maintainers` in site.yaml: who owns everything that is not a ward's own
 * posts and progress file. `team` opens .github/CODEOWNERS (`* <team>`);
 * `accounts` are the people allowed to change who edits which unit
 * (`npm run codeowners -- --check --base … --actor …`).
 */
export const maintainersSchema = z
  .object({
    /** The maintainers' GitHub team ("@org/team") or a single account ("@login"). */
    team: z
      .string({ error: 'cần tên nhóm quản trị trên GitHub, ví dụ "@bacgiang-cds/quan-tri"' })
      .regex(/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9_.-]+)?$/, {
        message: 'cần tên nhóm quản trị trên GitHub bắt đầu bằng "@", dạng "@tổ-chức/nhóm", ví dụ "@bacgiang-cds/quan-tri"',
      }),
    /** The maintainers' own accounts: only they may change a unit's `editors`. */
    accounts: z.array(githubLoginSchema).min(1, { message: 'cần ít nhất một tài khoản quản trị, ví dụ ["nguyenvana"]' }),
  })
  .strict();

export type Maintainers = z.output<typeof maintainersSchema>;

/**
 * `repository` in site.yaml: where the content lives on GitHub. The browser editor opens its pull
 * requests there, and the audit trail links each report to its commit.
 */
export const repositorySchema = z
  .object({
    /** "owner/name" on GitHub. */
    github: z
      .string({ error: 'cần tên kho trên GitHub dạng "tổ-chức/tên-kho", ví dụ "bacgiang-cds/cong-chuyen-doi-so"' })
      .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9_.-]{1,100}$/, {
        message: 'cần tên kho trên GitHub dạng "tổ-chức/tên-kho", ví dụ "bacgiang-cds/cong-chuyen-doi-so"',
      }),
    /** The branch that is published. */
    branch: z
      .string({ error: 'cần tên nhánh, ví dụ "main"' })
      .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/, { message: 'cần tên nhánh chỉ gồm chữ, số và . _ / -, ví dụ "main"' })
      .default('main'),
  })
  .strict();

export type Repository = z.output<typeof repositorySchema>;

/** The address of a repository on GitHub, e.g. https://github.com/bacgiang-cds/cong-chuyen-doi-so */
export const repositoryUrl = (repository: Repository) => `https://github.com/${repository.github}`;

/**
 * `editorAuth` in site.yaml: the OAuth provider the browser editor signs in to GitHub through
 * (Decap's `backend.base_url` and `auth_endpoint`; docs/adr/0014-browser-editor.md). GitHub
 * gives a token only to a server that holds the OAuth app's secret: the maintainers run that
 * small provider on their own host. `baseUrl` is an https origin only: Decap accepts the
 * sign-in window's answer only from exactly that origin, and the editor page's policy allows it alone.
 */
export const editorAuthSchema = z
  .object({
    baseUrl: httpUrlSchema.superRefine((value, ctx) => {
      const verdict = checkUrl(value, ['web']);
      if (!verdict.ok) return; // httpUrlSchema has said why
      const url = verdict.resolved;
      if (url.protocol !== 'https:') {
        ctx.addIssue({ code: 'custom', message: 'địa chỉ dịch vụ đăng nhập phải bắt đầu bằng https:// (mã đăng nhập GitHub không được đi qua http)', params: { example: value.replace(/^http:/i, 'https:') } });
      } else if (url.pathname !== '/' || /[?#]/.test(value)) {
        ctx.addIssue({ code: 'custom', message: `cần gốc của dịch vụ đăng nhập (https://tên-miền, không có đường dẫn phía sau); đường dẫn ghi ở endpoint`, params: { fix: `ghi baseUrl: ${url.origin} và endpoint: ${url.pathname.replace(/^\/+|\/+$/g, '') || 'auth'}` } });
      }
    }),
    /** The provider's sign-in path, e.g. "auth" (Decap's default). */
    endpoint: z
      .string({ error: 'cần đường dẫn đăng nhập của dịch vụ, ví dụ "auth"' })
      .regex(/^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/, { message: 'cần đường dẫn đăng nhập chỉ gồm chữ, số và . _ ~ - /, không có / ở đầu, ví dụ "auth"' })
      .max(TEXT_LIMITS.id, { message: `dài quá giới hạn ${TEXT_LIMITS.id} ký tự` })
      .default('auth'),
  })
  .strict();

export type EditorAuth = z.output<typeof editorAuthSchema>;

/** `content/site.yaml`: the portal's identity and the date its figures are computed against. */
export const siteSchema = z
  .object({
    name: nameSchema,
    shortName: nameSchema,
    tagline: titleSchema,
    city: nameSchema,
    /** "thành phố", "thị xã", "huyện"… used in running text. */
    cityKind: nameSchema,
    province: nameSchema,
    /** The plan year. */
    year: z.int().min(2000).max(2100),
    /** Statuses are computed as of this date. */
    asOf: isoDateSchema,
    /** Public origin of the portal, e.g. https://chuyendoiso.bacgiang.gov.vn */
    baseUrl: httpUrlSchema,
    /** True while the portal shows demonstration data. */
    demo: z.boolean(),
    license: z.object({ name: nameSchema, url: httpUrlSchema }),
    owner: contactSchema.extend({
      /** The owning agency's unit id in units.yaml. */
      unit: slugIdSchema,
      parent: nameSchema,
      functions: textSchema,
    }),
    responsibleOfficial: contactSchema.extend({ title: nameSchema }),
    /** Who owns the repository outside the wards' folders (CODEOWNERS); optional until the portal takes pull requests. */
    maintainers: maintainersSchema.optional(),
    /** Where the content lives on GitHub: the editor's pull requests and the audit trail's commit links. */
    repository: repositorySchema.optional(),
    /** The OAuth provider the browser editor /quan-tri/ signs in through, on the published site; absent: local use with decap-server only. */
    editorAuth: editorAuthSchema.optional(),
    /** The organisation, its contacts and the plan in English, for the /en/ page (Nghị định 42/2022). */
    en: siteEnglishSchema.optional(),
  })
  .strict();

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.output<typeof siteSchema>;
