import type { Kysely } from 'kysely';
import { auditRepo, type Database } from '@gongkai/db';
import { auditHash, type AuditEntry } from '@gongkai/domain';

/** Chinese labels of the audit actions, shown in the console's log. */
export const AUDIT_ACTION_LABELS = {
  'auth.login': '登录',
  'auth.login_failed': '登录失败',
  'auth.locked': '账号锁定',
  'auth.logout': '退出登录',
  'auth.change_password': '修改密码',
  'publication.create': '新建信息',
  'publication.update': '修改信息',
  'publication.import': '导入Word文档',
  'publication.attach': '添加附件',
  'publication.detach': '删除附件',
  'publication.submit': '提交审核',
  'publication.mask': '个人信息脱敏',
  'publication.approve': '审核通过',
  'publication.return': '退回修改',
  'publication.publish': '发布',
  'publication.schedule': '定时发布',
  'publication.unschedule': '取消定时发布',
  'publication.amend': '修订',
  'publication.withdraw': '撤回',
  'publication.change_validity': '变更有效性',
  'category.create': '新增目录分类',
  'category.update': '修改目录分类',
  'category.delete': '删除目录分类',
  'column.create': '新增栏目',
  'column.update': '修改栏目',
  'column.delete': '删除栏目',
  'organization.create': '新增单位',
  'organization.update': '修改单位信息',
  'user.create': '新建用户',
  'user.update': '修改用户',
  'user.unlock': '解除锁定',
  'user.reset_password': '重置密码',
  'file.upload': '上传文件',
  'request.submit': '提交依申请公开申请',
  'request.register': '登记依申请公开申请',
  'request.confirm_receipt': '确认收到申请',
  'request.assign': '分配经办人',
  'request.note': '添加内部备注',
  'request.supplement_notice': '发出补正通知',
  'request.supplement_received': '收到补正材料',
  'request.consultation_start': '征求意见',
  'request.consultation_end': '收到征求意见答复',
  'request.extend': '延长答复期限',
  'request.fee_notice': '发出收费通知',
  'request.fee_response': '登记缴费情况',
  'request.reply': '作出答复',
  'request.abandoned': '视为放弃申请',
  'request.fee_expired': '逾期未缴费',
  'request.withdraw': '撤回申请',
  'request.reveal': '查看申请人完整信息',
  'request.appeal': '登记行政复议或诉讼',
  'request.appeal_update': '更新行政复议或诉讼结果',
  'letter_template.save': '修改文书模板',
  'letter_template.reset': '恢复默认文书模板',
  'calendar.add_change': '新增日历调整',
  'calendar.remove_change': '删除日历调整',
  'calendar.save_year': '录入年度放假安排',
  'consultation.create': '发布征求意见',
  'consultation.update': '修改征求意见',
  'consultation.comment': '提交意见',
  'consultation.comment_publish': '公开意见',
  'consultation.comment_reject': '不予公开意见',
  'consultation.comment_report': '举报意见',
  'consultation.feedback': '反馈意见采纳情况',
  'consultation.feedback_remove': '删除意见采纳情况',
  'consultation.feedback_publish': '公布意见采纳情况',
  'consultation.link_adopted': '关联正式文件',
  'message.submit': '提交留言',
  'message.follow_up': '追加留言',
  'message.rate': '评价答复',
  'message.assign': '分办留言',
  'message.transfer': '转办留言',
  'message.note': '添加留言备注',
  'message.reply': '答复留言',
  'message.close': '办结留言',
  'message.publish': '公开留言',
  'message.unpublish': '取消公开留言',
  'message.reply_days': '修改留言答复期限',
  'message.words': '修改敏感词表',
  'hotline.log': '登记热线来电',
  'hotline.remove': '删除热线来电记录',
  'report.generate': '生成年度报告',
  'report.narrative': '修改年度报告叙述',
  'report.manual': '填报年度报告数据',
  'report.publish': '发布年度报告',
  'report.amend': '修订年度报告',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

export const auditActionLabel = (action: string) => (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;

/** Who did it: a staff member, or the system (scheduler) with a null id. */
export interface AuditActor {
  id: number | null;
  name: string;
}

export const SYSTEM_ACTOR: AuditActor = { id: null, name: '系统' };

export interface AuditInput {
  at: string;
  actor: AuditActor;
  organizationId: number | null;
  action: AuditAction;
  entityType: string;
  entityId: number | string | null;
  summary: string;
  detail?: Record<string, unknown>;
}

/**
 * Appends to the hash chain inside the caller's transaction, so the entry exists exactly when the
 * change does. The head row is locked first: concurrent appends (other processes included) queue
 * there and each links to the one committed before it.
 */
export async function appendAudit(trx: Kysely<Database>, input: AuditInput): Promise<void> {
  await auditRepo.lockHead(trx);
  const head = await auditRepo.readHead(trx);
  const entry: AuditEntry = {
    at: input.at,
    actorId: input.actor.id,
    actorName: input.actor.name,
    organizationId: input.organizationId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId === null ? null : String(input.entityId),
    summary: input.summary,
    detail: JSON.stringify(input.detail ?? {}),
  };
  const hash = auditHash(head.last_hash, entry);
  const id = await auditRepo.insert(trx, {
    at: entry.at,
    actor_id: entry.actorId,
    actor_name: entry.actorName,
    organization_id: entry.organizationId,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    summary: entry.summary,
    detail: entry.detail,
    prev_hash: head.last_hash,
    hash,
  });
  await auditRepo.updateHead(trx, id, hash);
}
