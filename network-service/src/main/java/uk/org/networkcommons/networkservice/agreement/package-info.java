/** Partnership agreements: the versioned record of joint objectives, service level agreements and withdrawal terms. */
package uk.org.networkcommons.networkservice.agreement;
