import { z } from 'astro/zod';
import { CalendarDateSchema, DateTimeSchema, PersonMentionSchema, RegionCodeSchema, SlugSchema } from './common.ts';
import { LEVELS } from '../lib/levels.ts';

/** Kinds of Tim PORA activity. */
export const MEETING_KINDS = ['rakor', 'operasi-gabungan', 'sosialisasi', 'pembentukan-tim', 'lainnya'] as const;

/** Archive security classes of Indonesian government records, lowest first: the internal section's access levels. */
export const CLASSIFICATIONS = LEVELS;

/** Progress of a follow-up action. */
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;

/** A follow-up action (tindak lanjut) decided in a meeting. */
export const ActionSchema = z.strictObject({
  /** Short id, unique within the meeting, e.g. "a1". */
  id: SlugSchema,
  /** What must be done. */
  what: z.string().min(1),
  /** Id of the responsible organization. */
  owner: SlugSchema,
  /** Day by which it must be done. */
  due: CalendarDateSchema,
  /** Current status. */
  status: z.enum(ACTION_STATUSES),
  /** Day it was done; required when status is "done". */
  doneOn: CalendarDateSchema.optional(),
  /** Progress note. */
  note: z.string().min(1).optional(),
});
export type Action = z.infer<typeof ActionSchema>;

/** Frontmatter of a meeting record (content/meetings/YYYY/YYYY-MM-DD-slug.md); the body is the minutes. */
export const MeetingSchema = z.strictObject({
  /** Internal title of the meeting. */
  title: z.string().min(1),
  /** Kind of activity. */
  kind: z.enum(MEETING_KINDS),
  /** Start, with offset. */
  startsAt: DateTimeSchema,
  /** End, with offset; after startsAt. */
  endsAt: DateTimeSchema,
  /** Where it took place. */
  location: z.strictObject({
    /** Venue, e.g. "Ruang Rapat Sekretariat Daerah Kota Pagar Alam". */
    name: z.string().min(1),
    /** Code of the region the venue is in. */
    region: RegionCodeSchema,
  }),
  /** Id of the organizing organization. */
  organizer: SlugSchema,
  /** Who chaired the meeting (pimpinan rapat). */
  chair: PersonMentionSchema,
  /** Who took the minutes (notulis). */
  noteTaker: PersonMentionSchema,
  /** Organizations present, with the people who represented them. */
  participants: z
    .array(
      z.strictObject({
        /** Id of the organization. */
        organization: SlugSchema,
        /** Representatives, when recorded. */
        people: z.array(PersonMentionSchema).default([]),
      }),
    )
    .min(1, { error: 'needs at least one participating organization' }),
  /** Agenda items with their discussion. */
  agenda: z
    .array(
      z.strictObject({
        /** Agenda item. */
        title: z.string().min(1),
        /** Summary of what was said. */
        discussion: z.string().min(1).optional(),
        /** Decisions taken on this item. */
        decisions: z.array(z.string().min(1)).default([]),
      }),
    )
    .default([]),
  /** Overall conclusions (kesimpulan/keputusan). */
  decisions: z.array(z.string().min(1)).default([]),
  /** Follow-up actions (tindak lanjut). */
  actions: z.array(ActionSchema).default([]),
  /** Id of the earlier meeting whose actions this one reviewed. */
  followsUp: z.string().min(1).optional(),
  /** Security class of the minutes. */
  classification: z.enum(CLASSIFICATIONS).default('terbatas'),
  /** Legal basis for withholding the minutes, e.g. "UU 14/2008 Pasal 17 huruf c". */
  exemptionBasis: z.string().min(1).optional(),
  /** Ids of press releases about this meeting. */
  relatedPressReleases: z.array(z.string().min(1)).default([]),
  /** Documents attached to the minutes (internal). */
  attachments: z
    .array(
      z.strictObject({
        /** Title of the document. */
        title: z.string().min(1),
        /** Path of the file, relative to this record. */
        file: z.string().min(1),
      }),
    )
    .default([]),
  /** What the public may see; without it the meeting stays internal. */
  public: z
    .strictObject({
      /** Public title, when the internal one says too much. */
      title: z.string().min(1).optional(),
      /** Public summary of the activity. */
      summary: z.string().min(1),
      /** Whether the venue name may be shown (the region always is). */
      showVenue: z.boolean().default(true),
      /** Whether the participating organizations may be shown. */
      showParticipants: z.boolean().default(true),
    })
    .optional(),
  /** A draft is never built. */
  draft: z.boolean().default(false),
});
export type MeetingData = z.infer<typeof MeetingSchema>;
