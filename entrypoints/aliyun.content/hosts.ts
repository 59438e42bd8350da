/**
 * The Alibaba Cloud filing console (阿里云 ICP代备案管理系统), and nothing else: its form pages
 * live under https://beian.aliyun.com/pcContainer/ (formpage, myorder, orderdetail), older
 * order pages under /order/ on the same host (https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview).
 */
export const ALIYUN_CONSOLE_MATCHES = ['https://beian.aliyun.com/*'];
