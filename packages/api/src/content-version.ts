import { publicationsRepo, type Db } from '@gongkai/db';

/** The number public page caches compare: it changes whenever anything public changes. */
export const contentVersion = (db: Db): Promise<number> => publicationsRepo.contentVersion(db.db);
