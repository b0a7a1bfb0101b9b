package org.fengqiao.petition;

/** How the written reply (信访事项处理意见书) reached the petitioner: in person, by post, online, or public notice. */
enum ReplyDelivery {
	IN_PERSON, POST, ONLINE, PUBLIC_NOTICE
}
