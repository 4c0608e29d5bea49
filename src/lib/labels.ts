import type { MeetingData } from '../schemas/meeting.ts';
import type { Organization } from '../schemas/organization.ts';

/** Indonesian names of meeting kinds. */
export const MEETING_KIND_LABELS: Record<MeetingData['kind'], string> = {
  rakor: 'Rapat koordinasi',
  'operasi-gabungan': 'Operasi gabungan',
  sosialisasi: 'Sosialisasi',
  'pembentukan-tim': 'Pembentukan tim',
  lainnya: 'Kegiatan lain',
};

/** Indonesian names of organization kinds. */
export const ORGANIZATION_KIND_LABELS: Record<Organization['kind'], string> = {
  imigrasi: 'Imigrasi',
  kepolisian: 'Kepolisian',
  tni: 'TNI',
  intelijen: 'Intelijen',
  kejaksaan: 'Kejaksaan',
  bnn: 'Badan Narkotika Nasional',
  'pemerintah-daerah': 'Pemerintah daerah',
  'perangkat-daerah': 'Perangkat daerah',
  kementerian: 'Kementerian',
  lainnya: 'Lainnya',
};
