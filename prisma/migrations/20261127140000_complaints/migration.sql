-- CreateEnum
CREATE TYPE "ComplaintChannel" AS ENUM ('web', 'formulir', 'lisan_pejabat', 'lisan_mpp', 'surat', 'telepon', 'sms', 'whatsapp', 'email', 'twitter', 'instagram', 'kotak');

-- CreateEnum
CREATE TYPE "ComplaintKind" AS ENUM ('pengaduan', 'saran');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('diterima', 'ditelaah', 'menunggu_persetujuan', 'ditindaklanjuti', 'selesai');

-- CreateEnum
CREATE TYPE "ComplaintTrack" AS ENUM ('internal', 'teknis', 'apip');

-- CreateEnum
CREATE TYPE "ComplaintProblem" AS ENUM ('persyaratan', 'prosedur', 'jangka_waktu', 'biaya', 'produk', 'sarana', 'kompetensi', 'lainnya');

-- CreateTable
CREATE TABLE "Complaint" (
    "id" TEXT NOT NULL,
    "ticket" TEXT NOT NULL,
    "secretHash" CHAR(64) NOT NULL,
    "channel" "ComplaintChannel" NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "recordedById" TEXT,
    "name" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "reportedUserId" TEXT,
    "service" TEXT,
    "registrationNumber" TEXT,
    "serviceReceivedOn" DATE,
    "problemType" "ComplaintProblem",
    "description" TEXT NOT NULL,
    "kind" "ComplaintKind" NOT NULL,
    "kindReasons" TEXT[],
    "status" "ComplaintStatus" NOT NULL DEFAULT 'diterima',
    "dueDate" DATE,
    "dueProvisional" BOOLEAN NOT NULL DEFAULT false,
    "sector" TEXT,
    "coreProblem" TEXT,
    "standardLink" TEXT,
    "priorDocuments" TEXT,
    "handlingPlan" TEXT,
    "actionsTaken" TEXT,
    "track" "ComplaintTrack",
    "agency" TEXT,
    "apipRequestedAt" TIMESTAMP(3),
    "apipApprovedAt" TIMESTAMP(3),
    "apipApprovedById" TEXT,
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "escalatedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintEvent" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "public" BOOLEAN NOT NULL DEFAULT false,
    "actorId" TEXT,
    "note" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplaintEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintAttachment" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,

    CONSTRAINT "ComplaintAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormSubmission" (
    "id" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "clientKey" CHAR(64) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FormSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_ticket_key" ON "Complaint"("ticket");

-- CreateIndex
CREATE INDEX "Complaint_status_dueDate_idx" ON "Complaint"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Complaint_kind_status_dueDate_idx" ON "Complaint"("kind", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Complaint_receivedAt_idx" ON "Complaint"("receivedAt");

-- CreateIndex
CREATE INDEX "ComplaintEvent_complaintId_createdAt_idx" ON "ComplaintEvent"("complaintId", "createdAt");

-- CreateIndex
CREATE INDEX "ComplaintAttachment_complaintId_idx" ON "ComplaintAttachment"("complaintId");

-- CreateIndex
CREATE INDEX "FormSubmission_form_clientKey_createdAt_idx" ON "FormSubmission"("form", "clientKey", "createdAt");

-- AddForeignKey
ALTER TABLE "ComplaintEvent" ADD CONSTRAINT "ComplaintEvent_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintAttachment" ADD CONSTRAINT "ComplaintAttachment_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintAttachment" ADD CONSTRAINT "ComplaintAttachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
